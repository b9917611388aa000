package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The callable shape of a function without its code: name, arity range, null policy and parameter
 * kinds. A compiled plan records the signature of every user-defined function it calls, so that a
 * VM can check that the implementation it is given is the one the plan was compiled against.
 *
 * @param name the lower-case function name
 * @param minArity the fewest arguments accepted
 * @param maxArity the most arguments accepted ({@code Integer.MAX_VALUE} for variadic)
 * @param nullPolicy how MISSING and NULL arguments are treated
 * @param parameters the kinds accepted by each parameter; the last entry also applies to the
 *     arguments after it; never empty
 */
public record FunctionSignature(
        String name, int minArity, int maxArity, NullPolicy nullPolicy, List<KindSet> parameters)
        implements Serializable {

    public FunctionSignature {
        name = name.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(nullPolicy, "nullPolicy");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(name + ": no parameter kinds");
        }
        if (minArity < 0 || maxArity < minArity) {
            throw new IllegalArgumentException("bad arity " + minArity + ".." + maxArity);
        }
    }

    /** The signature of a definition. */
    public static FunctionSignature of(FunctionDefinition definition) {
        return new FunctionSignature(
                definition.name(),
                definition.minArity(),
                definition.maxArity(),
                definition.nullPolicy(),
                definition.parameters());
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
     * The signature as documentation and error messages show it, e.g. {@code substring(STRING or
     * SYMBOL, INT[, INT])}.
     */
    public String text() {
        StringBuilder sb = new StringBuilder(name).append('(');
        int shown = maxArity == Integer.MAX_VALUE ? Math.max(minArity, 1) : maxArity;
        for (int i = 0; i < shown; i++) {
            if (i >= minArity) {
                sb.append('[');
            }
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(parameter(i).description());
        }
        if (maxArity == Integer.MAX_VALUE) {
            sb.append(", ...");
        }
        for (int i = minArity; i < shown; i++) {
            sb.append(']');
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
