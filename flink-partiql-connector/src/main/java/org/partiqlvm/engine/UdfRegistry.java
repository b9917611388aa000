package org.partiqlvm.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.partiqlvm.engine.fn.BuiltinFunctions;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.KindSet;
import org.partiqlvm.engine.fn.NullPolicy;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.engine.fn.UserFunctions;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.plan.FunctionNames;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/**
 * User-defined scalar functions (UDFs): Java code a statement can call by name, like a built-in.
 *
 * <p>Built once with a {@link Builder}, then immutable, thread-safe and {@link Serializable} (so it
 * can travel with a Flink job; implementations must be serializable, which lambdas written for
 * {@link ScalarFunction}, {@link UnaryFunction} and {@link BinaryFunction} are). The same registry
 * serves two steps:
 *
 * <ol>
 *   <li><b>Compile</b>: {@link CompileOptions#withUdfs} makes its names callable. A call of an
 *       unknown name or with an arity no definition accepts fails in {@link PlanCompiler} with a
 *       {@link org.partiqlvm.plan.PlanningException} naming the function. The plan records the
 *       {@link FunctionSignature} of every UDF it calls, not the code.
 *   <li><b>Run</b>: {@code new PartiQLVM(plan, registry)} binds the implementations. The registry
 *       must define every UDF the plan calls with the same signature, else the VM constructor fails
 *       naming the missing function.
 * </ol>
 *
 * <p><b>No shadowing.</b> A UDF may not take the name of a built-in function (whatever its arity),
 * of a SQL aggregate ({@code count}, {@code sum}, {@code avg}, {@code min}, {@code max}, {@code
 * every}, {@code any}, {@code some}) or of a special form ({@code trim}, {@code extract}, {@code
 * date_add}, ...), nor a keyword that makes {@code name(...)} other syntax ({@code cast}, {@code
 * exists}): {@link Builder#add} throws {@link IllegalArgumentException}. There is no explicit
 * override either: replacing a built-in would change the meaning of existing statements, and the
 * planner lowers special forms ({@code TRIM}, {@code SUBSTRING}, {@code ||}, ...) to built-in names
 * that must keep their meaning. Names are case-insensitive; one name may have several definitions
 * with disjoint arity ranges.
 *
 * <p><b>Calling convention.</b> A {@link ScalarFunction} reads its arguments from the VM's slots
 * and writes its result into a slot; the VM allocates nothing per call. Before it runs, the VM
 * applies the {@link NullPolicy} ({@code PROPAGATE}: any MISSING argument gives MISSING, else any
 * NULL gives NULL, without calling the function) and checks each known argument against its
 * parameter's {@link KindSet}: a mismatch is MISSING in permissive mode and an {@link
 * EvaluationException} in strict mode, so the function only sees the kinds it declared. A function
 * reports its own data errors through {@link CallSite#dataError} (same rules); anything else
 * escaping it (any exception, checked ones thrown sneakily too, or an {@link Error} other than a
 * {@link VirtualMachineError}) fails the execution with an {@link EvaluationException} naming the
 * call, with the exception as its cause: one bad record under the operators' bad-record policy. A
 * slot function that writes no result returns MISSING.
 *
 * <pre>{@code
 * UdfRegistry udfs = UdfRegistry.builder()
 *         // allocation-free: reads and writes slots
 *         .add("clamp", List.of(KindSet.INT, KindSet.INT, KindSet.INT), NullPolicy.PROPAGATE,
 *                 (args, out, site) -> out.setLong(Math.max(args[1].getLong(),
 *                         Math.min(args[2].getLong(), args[0].getLong()))))
 *         // convenient, allocates a Value per call
 *         .addUnary("shout", NullPolicy.PROPAGATE, v -> Value.ofString(v.asString() + "!"))
 *         .build();
 * CompiledPlan plan = PlanCompiler.compile("SELECT clamp(r.qty, 0, 10) AS q FROM stream AS r",
 *         CompileOptions.forStream("stream").withUdfs(udfs));
 * PartiQLVM vm = new PartiQLVM(plan, udfs);
 * }</pre>
 */
public final class UdfRegistry implements UserFunctions, Serializable {

    private static final long serialVersionUID = 1L;

    private static final UdfRegistry EMPTY = new UdfRegistry(Map.of());

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, List<FunctionDefinition>> functions;

    private UdfRegistry(Map<String, List<FunctionDefinition>> functions) {
        this.functions = functions;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The registry without functions. */
    public static UdfRegistry empty() {
        return EMPTY;
    }

    /**
     * The definition of {@code name} (any case) that accepts {@code arity} arguments, or null when
     * there is none.
     */
    @Override
    public FunctionDefinition lookup(String name, int arity) {
        List<FunctionDefinition> defs = functions.get(name.toLowerCase(Locale.ROOT));
        if (defs != null) {
            for (FunctionDefinition d : defs) {
                if (d.accepts(arity)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The definition with exactly this signature, or null. */
    public FunctionDefinition lookup(FunctionSignature signature) {
        for (FunctionDefinition d : definitions(signature.name())) {
            if (FunctionSignature.of(d).equals(signature)) {
                return d;
            }
        }
        return null;
    }

    /** The definitions of {@code name} (any case), possibly none. */
    @Override
    public List<FunctionDefinition> definitions(String name) {
        return functions.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** True when some definition has this name (any case). */
    @Override
    public boolean isDefined(String name) {
        return functions.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** True when there are no functions. */
    public boolean isEmpty() {
        return functions.isEmpty();
    }

    /** Every definition, sorted by name then arity. */
    public List<FunctionDefinition> all() {
        List<FunctionDefinition> all = new ArrayList<>();
        functions.values().forEach(all::addAll);
        all.sort(
                Comparator.comparing(FunctionDefinition::name)
                        .thenComparingInt(FunctionDefinition::minArity));
        return Collections.unmodifiableList(all);
    }

    @Override
    public String toString() {
        List<String> signatures = new ArrayList<>();
        for (FunctionDefinition d : all()) {
            signatures.add(d.signature());
        }
        return "UdfRegistry" + signatures;
    }

    /** A one-argument function on {@link Value}s, for {@link Builder#addUnary}. */
    @FunctionalInterface
    public interface UnaryFunction extends Serializable {
        /** The result for {@code arg}; never null (return {@link Value#NULL} or MISSING). */
        Value apply(Value arg);
    }

    /** A two-argument function on {@link Value}s, for {@link Builder#addBinary}. */
    @FunctionalInterface
    public interface BinaryFunction extends Serializable {
        /** The result for the arguments; never null (return {@link Value#NULL} or MISSING). */
        Value apply(Value first, Value second);
    }

    /** Collects definitions; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Map<String, List<FunctionDefinition>> functions = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a function with a fixed arity, one parameter per entry of {@code parameters}.
         *
         * @param name the name, an identifier (case-insensitive)
         * @param parameters the kinds each parameter accepts ({@link KindSet#ANY} for anything)
         * @param nullPolicy how MISSING and NULL arguments are treated
         * @param implementation the code, reading {@code args} and writing {@code out}
         * @throws IllegalArgumentException if the name is not an identifier, names a built-in or
         *     aggregate, or is already defined for this arity
         */
        public Builder add(
                String name,
                List<KindSet> parameters,
                NullPolicy nullPolicy,
                ScalarFunction implementation) {
            int arity = parameters.size();
            return add(
                    new FunctionDefinition(
                            name,
                            arity,
                            arity,
                            nullPolicy,
                            arity == 0 ? List.of(KindSet.ANY) : parameters,
                            implementation,
                            "User-defined function."));
        }

        /**
         * Adds a definition as is, for optional or variadic arguments ({@code minArity <
         * maxArity}).
         *
         * @throws IllegalArgumentException as for {@link #add(String, List, NullPolicy,
         *     ScalarFunction)}
         */
        public Builder add(FunctionDefinition definition) {
            String name = definition.name();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "UDF name '" + name + "' is not an identifier (letters, digits, _)");
            }
            if (BuiltinFunctions.isDefined(name)
                    || FunctionNames.isAggregate(name)
                    || FunctionNames.isSpecialForm(name)) {
                throw new IllegalArgumentException(
                        "UDF '"
                                + name
                                + "' would shadow the built-in "
                                + (FunctionNames.isAggregate(name) ? "aggregate" : "function")
                                + " of that name; choose another name");
            }
            if (!FunctionNames.parsesAsCall(name)) {
                throw new IllegalArgumentException(
                        "UDF '"
                                + name
                                + "' cannot be called: "
                                + name
                                + "(...) does not parse as a function call (the name is a"
                                + " PartiQL keyword); choose another name");
            }
            List<FunctionDefinition> defs = functions.computeIfAbsent(name, k -> new ArrayList<>());
            for (FunctionDefinition other : defs) {
                if (definition.minArity() <= other.maxArity()
                        && other.minArity() <= definition.maxArity()) {
                    throw new IllegalArgumentException(
                            "UDF "
                                    + definition.signature()
                                    + " overlaps the arities of "
                                    + other.signature());
                }
            }
            defs.add(definition);
            return this;
        }

        /**
         * Adds a one-argument function on {@link Value}s accepting any kind. Convenient but not
         * allocation-free: the argument is materialized as a {@link Value} (allocating for numbers
         * and strings computed at run time) and the function returns a new value per call.
         */
        public Builder addUnary(String name, NullPolicy nullPolicy, UnaryFunction function) {
            Objects.requireNonNull(function, "function");
            return add(name, List.of(KindSet.ANY), nullPolicy, new UnaryAdapter(function));
        }

        /**
         * Adds a two-argument function on {@link Value}s accepting any kinds. Allocates like {@link
         * #addUnary}.
         */
        public Builder addBinary(String name, NullPolicy nullPolicy, BinaryFunction function) {
            Objects.requireNonNull(function, "function");
            return add(
                    name,
                    List.of(KindSet.ANY, KindSet.ANY),
                    nullPolicy,
                    new BinaryAdapter(function));
        }

        /** The immutable registry of the functions added so far. */
        public UdfRegistry build() {
            if (functions.isEmpty()) {
                return EMPTY;
            }
            Map<String, List<FunctionDefinition>> frozen = new LinkedHashMap<>();
            functions.forEach((name, defs) -> frozen.put(name, List.copyOf(defs)));
            return new UdfRegistry(Collections.unmodifiableMap(frozen));
        }
    }

    /** Runs a {@link UnaryFunction} on the materialized argument. */
    private record UnaryAdapter(UnaryFunction function) implements ScalarFunction {
        @Override
        public void invoke(Slot[] args, Slot out, CallSite site) {
            out.setValue(result(function.apply(args[0].toValue())));
        }
    }

    /** Runs a {@link BinaryFunction} on the materialized arguments. */
    private record BinaryAdapter(BinaryFunction function) implements ScalarFunction {
        @Override
        public void invoke(Slot[] args, Slot out, CallSite site) {
            out.setValue(result(function.apply(args[0].toValue(), args[1].toValue())));
        }
    }

    private static Value result(Value value) {
        if (value == null) {
            throw new NullPointerException(
                    "the function returned null; return Value.NULL or Value.MISSING instead");
        }
        return value;
    }
}
