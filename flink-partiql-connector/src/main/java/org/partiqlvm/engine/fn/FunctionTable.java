package org.partiqlvm.engine.fn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partiqlvm.value.ValueKind;

/**
 * The builder of {@link BuiltinFunctions}' table: each family of functions registers its entries
 * (with their result type and example) through {@code register(FunctionTable)}.
 */
final class FunctionTable {

    /** The maximum arity of a variadic function. */
    static final int VARIADIC = Integer.MAX_VALUE;

    private final List<Entry> entries = new ArrayList<>();

    /** A one-parameter function with null propagation. */
    Entry add(String name, KindSet parameter, ScalarFunction f, String description) {
        return add(name, 1, 1, List.of(parameter), f, description);
    }

    /** A function with null propagation. */
    Entry add(
            String name,
            int min,
            int max,
            List<KindSet> parameters,
            ScalarFunction f,
            String description) {
        return put(name, min, max, NullPolicy.PROPAGATE, parameters, f, description);
    }

    /** A function that sees MISSING and NULL arguments itself. */
    Entry addCustom(String name, int min, int max, ScalarFunction f, String description) {
        return put(name, min, max, NullPolicy.CUSTOM, List.of(KindSet.ANY), f, description);
    }

    /**
     * A collection aggregate {@code name(c)} and its {@code name('distinct', c)} form; the traits
     * set on the returned entry apply to both.
     */
    Entry addCollectionAggregate(String name, ScalarFunction f, String description) {
        Entry one = add(name, 1, 1, List.of(KindSet.COLLECTION), f, description);
        Entry two =
                add(
                        name,
                        2,
                        2,
                        List.of(KindSet.TEXT, KindSet.COLLECTION),
                        f,
                        description + " With 'distinct' first, over distinct elements.");
        one.sibling = two;
        return one;
    }

    private Entry put(
            String name,
            int min,
            int max,
            NullPolicy policy,
            List<KindSet> parameters,
            ScalarFunction f,
            String description) {
        for (Entry other : entries) {
            if (other.name.equals(name) && min <= other.max && other.min <= max) {
                throw new IllegalStateException("overlapping arities for " + name);
            }
        }
        Entry e = new Entry(name, min, max, policy, parameters, f, description);
        entries.add(e);
        return e;
    }

    /** The table: lower-case name to its definitions, immutable. */
    Map<String, List<FunctionDefinition>> freeze() {
        Map<String, List<FunctionDefinition>> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.computeIfAbsent(e.name, k -> new ArrayList<>()).add(e.definition());
        }
        Map<String, List<FunctionDefinition>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** One definition being built: its traits are set fluently. */
    static final class Entry {
        private final String name;
        private final int min;
        private final int max;
        private final NullPolicy policy;
        private final List<KindSet> parameters;
        private final ScalarFunction f;
        private final String description;
        private FunctionTraits traits = FunctionTraits.NONE;
        private Entry sibling;

        private Entry(
                String name,
                int min,
                int max,
                NullPolicy policy,
                List<KindSet> parameters,
                ScalarFunction f,
                String description) {
            this.name = name;
            this.min = min;
            this.max = max;
            this.policy = policy;
            this.parameters = parameters;
            this.f = f;
            this.description = description;
        }

        /** Every known result is of {@code kind}. */
        Entry returns(ValueKind kind) {
            traits = traits.withResult(kind);
            if (sibling != null) {
                sibling.returns(kind);
            }
            return this;
        }

        /** The arguments or the data decide the result type, described as {@code text}. */
        Entry returns(String text) {
            traits = traits.withResult(text);
            if (sibling != null) {
                sibling.returns(text);
            }
            return this;
        }

        /** The {@code name('distinct', c)} form of a collection aggregate. */
        Entry distinct() {
            return sibling;
        }

        /** An example call and its result printed as a PartiQL literal. */
        Entry example(String expression, String result) {
            traits = traits.withExample(expression, result);
            return this;
        }

        /** The result differs between calls with the same arguments. */
        Entry nonDeterministic() {
            traits = traits.nonDeterministic();
            return this;
        }

        /** Calls with literal arguments are prepared at plan time by {@code s}. */
        Entry specializer(Specializer s) {
            traits = traits.withSpecializer(s);
            return this;
        }

        private FunctionDefinition definition() {
            return new FunctionDefinition(
                    name, min, max, policy, parameters, f, description, traits);
        }
    }
}
