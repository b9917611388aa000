package org.partiqlvm.engine.fn;

import java.util.Locale;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ValueKind;

/**
 * Functions over collections: {@code cardinality}, {@code exists} and the collection aggregates
 * {@code coll_count}, {@code coll_sum}, {@code coll_avg}, {@code coll_min}, {@code coll_max},
 * {@code coll_any}, {@code coll_some} and {@code coll_every}.
 *
 * <p>A collection aggregate takes the collection, optionally preceded by a set quantifier {@code
 * 'all'} or {@code 'distinct'}: the planner lowers {@code COLL_SUM(DISTINCT x)} to {@code
 * coll_sum('distinct', x)}. It aggregates the elements as the SQL aggregate would
 * (coll-aggregate-function.ion): MISSING and NULL elements are skipped, no remaining element gives
 * NULL ({@code coll_count} gives 0), a mistyped element is a type error. Each call allocates an
 * {@link Accumulator} (and a key per element with DISTINCT).
 */
public final class CollectionFunctions {

    private CollectionFunctions() {}

    /** Registers CARDINALITY, EXISTS and the collection aggregates COLL_x. */
    static void register(FunctionTable t) {
        t.add(
                        "cardinality",
                        KindSet.CONTAINER,
                        CollectionFunctions::cardinality,
                        "The number of elements of a collection, or fields of a STRUCT.")
                .returns(ValueKind.INT)
                .example("CARDINALITY([1, 2, 3])", "3");
        t.add(
                        "exists",
                        KindSet.CONTAINER,
                        CollectionFunctions::exists,
                        "True when a collection or STRUCT is not empty.")
                .returns(ValueKind.BOOL)
                .example("EXISTS(<<>>)", "false");
        t.add(
                        "coll_distinct",
                        KindSet.COLLECTION,
                        CollectionFunctions::collDistinct,
                        "The elements of a collection without repeats, as a BAG (for"
                                + " COLL_x(DISTINCT c)).")
                .returns(ValueKind.BAG)
                .example("COLL_DISTINCT([1, 1])", "<<1>>");
        t.addCollectionAggregate(
                        "coll_count",
                        CollectionFunctions::collCount,
                        "The number of elements that are neither MISSING nor NULL.")
                .returns(ValueKind.INT)
                .example("COLL_COUNT([1, NULL, 2])", "2")
                .distinct()
                .example("COLL_COUNT(DISTINCT [1, 1, NULL])", "1");
        t.addCollectionAggregate(
                        "coll_sum",
                        CollectionFunctions::collSum,
                        "The sum of the numeric elements, NULL if none.")
                .returns("a number")
                .example("COLL_SUM(DISTINCT [1, 1, 2])", "3")
                .distinct()
                .example("COLL_SUM([1, 1, 2])", "4");
        t.addCollectionAggregate(
                        "coll_avg",
                        CollectionFunctions::collAvg,
                        "The mean of the numeric elements, NULL if none.")
                .returns("a number")
                .example("COLL_AVG([1, 2])", "1.5")
                .distinct()
                .example("COLL_AVG(DISTINCT [1, 1, 4])", "2.5");
        t.addCollectionAggregate(
                        "coll_min",
                        CollectionFunctions::collMin,
                        "The least element, NULL if none.")
                .returns("any")
                .example("COLL_MIN([3, 1, 2])", "1")
                .distinct()
                .example("COLL_MIN(DISTINCT [3, 3])", "3");
        t.addCollectionAggregate(
                        "coll_max",
                        CollectionFunctions::collMax,
                        "The greatest element, NULL if none.")
                .returns("any")
                .example("COLL_MAX([3, 1, 2])", "3")
                .distinct()
                .example("COLL_MAX(DISTINCT [3, 3])", "3");
        t.addCollectionAggregate(
                        "coll_any",
                        CollectionFunctions::collAny,
                        "True when some BOOL element is true, NULL if none.")
                .returns(ValueKind.BOOL)
                .example("COLL_ANY([false, true])", "true")
                .distinct()
                .example("COLL_ANY(DISTINCT [false, false])", "false");
        t.addCollectionAggregate(
                        "coll_some",
                        CollectionFunctions::collSome,
                        "True when some BOOL element is true, NULL if none.")
                .returns(ValueKind.BOOL)
                .example("COLL_SOME([false])", "false")
                .distinct()
                .example("COLL_SOME(DISTINCT [true])", "true");
        t.addCollectionAggregate(
                        "coll_every",
                        CollectionFunctions::collEvery,
                        "True when every BOOL element is true, NULL if none.")
                .returns(ValueKind.BOOL)
                .example("COLL_EVERY([true, false])", "false")
                .distinct()
                .example("COLL_EVERY(DISTINCT [true, true])", "true");
    }

    /** {@code cardinality(c)}: the number of elements of a collection, or of fields of a STRUCT. */
    public static void cardinality(Slot[] args, Slot out, CallSite site) {
        Slot c = args[0];
        ValueKind k = c.kind();
        if (k.isCollection()) {
            out.setLong(c.toValue().size());
        } else if (k == ValueKind.STRUCT) {
            out.setLong(c.toValue().fieldCount());
        } else {
            site.typeMismatch(out, 0, KindSet.CONTAINER.description(), k);
        }
    }

    /** {@code exists(c)}: true when a collection or STRUCT is not empty. */
    public static void exists(Slot[] args, Slot out, CallSite site) {
        Slot c = args[0];
        ValueKind k = c.kind();
        if (k.isCollection()) {
            out.setBool(c.toValue().size() > 0);
        } else if (k == ValueKind.STRUCT) {
            out.setBool(c.toValue().fieldCount() > 0);
        } else {
            site.typeMismatch(out, 0, KindSet.CONTAINER.description(), k);
        }
    }

    /**
     * {@code coll_distinct(c)}: the elements of a collection without repeats (by PartiQL
     * equivalence, so {@code 1} and {@code 1.0} are one element), as a BAG in first-seen order. The
     * planner rewrites {@code COLL_SUM(DISTINCT x)} to {@code coll_sum(coll_distinct(x))}.
     */
    public static void collDistinct(Slot[] args, Slot out, CallSite site) {
        Slot c = args[0];
        if (!c.kind().isCollection()) {
            site.typeMismatch(out, 0, KindSet.COLLECTION.description(), c.kind());
            return;
        }
        Value collection = c.toValue();
        java.util.Map<Integer, java.util.List<Value>> seen = new java.util.HashMap<>();
        java.util.List<Value> distinct = new java.util.ArrayList<>();
        for (int i = 0; i < collection.size(); i++) {
            Value element = collection.get(i);
            java.util.List<Value> bucket =
                    seen.computeIfAbsent(
                            ValueEquivalence.hash(element), h -> new java.util.ArrayList<>(1));
            if (!containsEquivalent(bucket, element)) {
                bucket.add(element);
                distinct.add(element);
            }
        }
        out.setValue(BagValue.of(distinct));
    }

    private static boolean containsEquivalent(java.util.List<Value> bucket, Value v) {
        for (Value other : bucket) {
            if (ValueEquivalence.equivalent(other, v)) {
                return true;
            }
        }
        return false;
    }

    /** {@code coll_count([q,] c)}: the number of elements that are neither MISSING nor NULL. */
    public static void collCount(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.COUNT, args, out, site);
    }

    /** {@code coll_sum([q,] c)}: the sum of the numeric elements. */
    public static void collSum(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.SUM, args, out, site);
    }

    /** {@code coll_avg([q,] c)}: the mean of the numeric elements (DECIMAL for exact inputs). */
    public static void collAvg(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.AVG, args, out, site);
    }

    /** {@code coll_min([q,] c)}: the least element in the PartiQL order. */
    public static void collMin(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.MIN, args, out, site);
    }

    /** {@code coll_max([q,] c)}: the greatest element in the PartiQL order. */
    public static void collMax(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.MAX, args, out, site);
    }

    /** {@code coll_any([q,] c)}: true when some BOOL element is true. */
    public static void collAny(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.ANY, args, out, site);
    }

    /** {@code coll_some([q,] c)}: the same as {@code coll_any}. */
    public static void collSome(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.SOME, args, out, site);
    }

    /** {@code coll_every([q,] c)}: true when every BOOL element is true. */
    public static void collEvery(Slot[] args, Slot out, CallSite site) {
        aggregate(AggregateFunction.EVERY, args, out, site);
    }

    private static void aggregate(AggregateFunction f, Slot[] args, Slot out, CallSite site) {
        boolean distinct = false;
        int ci = 0;
        if (args.length == 2) {
            String q = Args.text(args[0], 0, out, site);
            if (q == null) {
                return;
            }
            String lower = q.toLowerCase(Locale.ROOT);
            if (lower.equals("distinct")) {
                distinct = true;
            } else if (!lower.equals("all")) {
                site.dataError(
                        out, "the set quantifier must be 'all' or 'distinct', found '" + q + "'");
                return;
            }
            ci = 1;
        }
        Slot c = args[ci];
        if (!c.kind().isCollection()) {
            site.typeMismatch(out, ci, KindSet.COLLECTION.description(), c.kind());
            return;
        }
        Value collection = c.toValue();
        Accumulator acc = f.newAccumulator(distinct, site);
        acc.reset();
        Slot element = new Slot();
        for (int i = 0, n = collection.size(); i < n; i++) {
            element.setValue(collection.get(i));
            acc.add(element);
        }
        acc.result(out);
    }
}
