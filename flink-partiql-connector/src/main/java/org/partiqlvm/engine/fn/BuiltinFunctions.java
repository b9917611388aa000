package org.partiqlvm.engine.fn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of built-in scalar functions: one immutable map from lower-case name to the definitions
 * of that name (one per arity range), built once.
 *
 * <p>The planner lowers special forms to calls of these names: {@code TRIM([BOTH|LEADING|TRAILING]
 * [chars] FROM s)} to {@code trim_both}/{@code trim_leading}/{@code trim_trailing(s[, chars])},
 * {@code SUBSTRING(s FROM a FOR b)} to {@code substring(s, a, b)}, {@code POSITION(x IN y)} to
 * {@code position(x, y)}, {@code OVERLAY(s PLACING r FROM a FOR b)} to {@code overlay(s, r, a, b)},
 * {@code EXTRACT(f FROM x)} to {@code extract_<f>(x)}, {@code DATE_ADD(f, n, x)} to {@code
 * date_add_<f>(n, x)}, {@code DATE_DIFF(f, a, b)} to {@code date_diff_<f>(a, b)}, {@code a || b} to
 * {@code concat(a, b)}, {@code COLL_SUM(DISTINCT x)} to {@code coll_sum('distinct', x)}. Operators
 * (arithmetic, comparison, logical, LIKE, BETWEEN, IN, IS, CAST) are not functions: the VM calls
 * {@link Arithmetic}, {@link Comparison}, {@link Logical}, {@link LikePredicate}, {@link TypeTests}
 * and {@link Casts} directly.
 *
 * <p>Each family of functions registers its entries, with their result type and an example, in its
 * own class ({@code register(FunctionTable)}); {@link FunctionDocs} writes docs/functions.md from
 * the table.
 *
 * <pre>{@code
 * FunctionDefinition upper = BuiltinFunctions.lookup("upper", 1);
 * upper.call(args, out, site);
 * }</pre>
 */
public final class BuiltinFunctions {

    private static final Map<String, List<FunctionDefinition>> TABLE = build();

    private BuiltinFunctions() {}

    /**
     * The definition of {@code name} (any case) accepting {@code arity} arguments, or null when
     * there is none.
     */
    public static FunctionDefinition lookup(String name, int arity) {
        List<FunctionDefinition> defs = TABLE.get(name.toLowerCase(Locale.ROOT));
        if (defs != null) {
            for (FunctionDefinition d : defs) {
                if (d.accepts(arity)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** True when some definition has this name (any case), whatever its arity. */
    public static boolean isDefined(String name) {
        return TABLE.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Every definition, sorted by name then arity. */
    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> all = new ArrayList<>();
        TABLE.values().forEach(all::addAll);
        all.sort(
                Comparator.comparing(FunctionDefinition::name)
                        .thenComparingInt(FunctionDefinition::minArity));
        return Collections.unmodifiableList(all);
    }

    private static Map<String, List<FunctionDefinition>> build() {
        FunctionTable t = new FunctionTable();
        StringFunctions.register(t);
        TextFunctions.register(t);
        RegexFunctions.register(t);
        EncodingFunctions.register(t);
        JsonFunctions.register(t);
        NumericFunctions.register(t);
        ConditionalFunctions.register(t);
        CollectionFunctions.register(t);
        StructFunctions.register(t);
        Overlaps.register(t);
        DateTimeFunctions.register(t);
        TimeFunctions.register(t);
        return t.freeze();
    }
}
