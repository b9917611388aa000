package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * One entry of the function table: a name, the accepted number of arguments, how unknowns are
 * treated, the kinds each parameter accepts, the implementation and a one-line description.
 *
 * <p>Call it through {@link #call}, which applies the {@link NullPolicy}: with {@link
 * NullPolicy#PROPAGATE}, a known argument of a kind its parameter never accepts is a type error
 * even when another argument is MISSING or NULL (the suite's {@code MOD(NULL, 'some string')} fails
 * in strict mode); otherwise any MISSING argument gives MISSING, else any NULL gives NULL, and only
 * calls with known arguments reach the implementation.
 *
 * @param name the lower-case function name
 * @param minArity the fewest arguments accepted
 * @param maxArity the most arguments accepted ({@code Integer.MAX_VALUE} for variadic)
 * @param nullPolicy how MISSING and NULL arguments are treated
 * @param parameters the kinds accepted by each parameter; the last entry also applies to the
 *     arguments after it (variadic functions); never empty
 * @param implementation the code
 * @param description what the function computes, for documentation and errors
 * @param traits result type, determinism, example and plan-time preparation ({@link
 *     FunctionTraits#NONE} when unknown)
 */
public record FunctionDefinition(
        String name,
        int minArity,
        int maxArity,
        NullPolicy nullPolicy,
        List<KindSet> parameters,
        ScalarFunction implementation,
        String description,
        FunctionTraits traits)
        implements Serializable {

    public FunctionDefinition {
        Objects.requireNonNull(traits, "traits");
        name = name.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(nullPolicy, "nullPolicy");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(name + ": no parameter kinds");
        }
        if (minArity < 0 || maxArity < minArity) {
            throw new IllegalArgumentException("bad arity " + minArity + ".." + maxArity);
        }
    }

    /** A definition with nothing known beyond its parameters ({@link FunctionTraits#NONE}). */
    public FunctionDefinition(
            String name,
            int minArity,
            int maxArity,
            NullPolicy nullPolicy,
            List<KindSet> parameters,
            ScalarFunction implementation,
            String description) {
        this(
                name,
                minArity,
                maxArity,
                nullPolicy,
                parameters,
                implementation,
                description,
                FunctionTraits.NONE);
    }

    /** A definition whose parameters accept any kind. */
    public FunctionDefinition(
            String name,
            int minArity,
            int maxArity,
            NullPolicy nullPolicy,
            ScalarFunction implementation,
            String description) {
        this(
                name,
                minArity,
                maxArity,
                nullPolicy,
                List.of(KindSet.ANY),
                implementation,
                description);
    }

    /** True when {@code n} arguments are accepted. */
    public boolean accepts(int n) {
        return n >= minArity && n <= maxArity;
    }

    /** The kinds accepted by argument {@code index} (0-based). */
    public KindSet parameter(int index) {
        return parameters.get(Math.min(index, parameters.size() - 1));
    }

    /**
     * Calls the function with its null policy applied (see the class comment). Allocation-free
     * apart from what the implementation allocates.
     *
     * @param args the evaluated arguments (their number must be {@link #accepts accepted})
     * @param out where the result goes
     * @param site the call site, for error reporting
     */
    public void call(Slot[] args, Slot out, CallSite site) {
        if (!unknownHandled(args, out, site)) {
            implementation.invoke(args, out, site);
        }
    }

    /**
     * {@link #call(Slot[], Slot, CallSite)} with the calling VM's context (its clock and caches).
     */
    public void call(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (!unknownHandled(args, out, site)) {
            implementation.invoke(args, out, site, context);
        }
    }

    /** This definition running {@code f} instead of its implementation (a specialized call). */
    public FunctionDefinition withImplementation(ScalarFunction f) {
        return new FunctionDefinition(
                name, minArity, maxArity, nullPolicy, parameters, f, description, traits);
    }

    /**
     * Applies the null policy: true when the result is decided (an unknown argument, a type error).
     */
    private boolean unknownHandled(Slot[] args, Slot out, CallSite site) {
        if (nullPolicy == NullPolicy.PROPAGATE) {
            boolean missing = false;
            boolean unknown = false;
            for (Slot a : args) {
                ValueKind k = a.kind();
                if (k == ValueKind.MISSING) {
                    missing = true;
                    unknown = true;
                } else if (k == ValueKind.NULL) {
                    unknown = true;
                }
            }
            if (unknown) {
                for (int i = 0; i < args.length; i++) {
                    ValueKind k = args[i].kind();
                    KindSet accepted = parameter(i);
                    if (!k.isUnknown() && !accepted.contains(k)) {
                        site.typeMismatch(out, i, accepted.description(), k);
                        return true;
                    }
                }
                if (missing) {
                    out.setMissing();
                } else {
                    out.setNull();
                }
                return true;
            }
        }
        return false;
    }

    /** The signature for documentation, e.g. {@code substring(STRING or SYMBOL, INT[, INT])}. */
    public String signature() {
        return FunctionSignature.of(this).text();
    }
}
