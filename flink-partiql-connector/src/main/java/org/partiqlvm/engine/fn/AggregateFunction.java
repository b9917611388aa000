package org.partiqlvm.engine.fn;

import java.util.Locale;

/**
 * The aggregate functions, shared by SQL aggregation ({@code SUM(x)}, {@code COUNT(DISTINCT x)})
 * and the {@code coll_*} functions (coll-aggregate-function.ion, sql-aggregate.ion).
 */
public enum AggregateFunction {
    /** {@code COUNT(x)}: the number of values that are neither MISSING nor NULL; 0 when none. */
    COUNT,
    /** {@code COUNT(*)}: the number of rows. */
    COUNT_STAR,
    /** {@code SUM(x)}: the sum of the numbers, as {@link Arithmetic#add}; NULL when none. */
    SUM,
    /**
     * {@code AVG(x)}: the mean of the numbers; DECIMAL for INT and DECIMAL inputs ({@code AVG} of
     * 1, 1, 1, 2 is 1.25), FLOAT when the sum is a FLOAT; NULL when none.
     */
    AVG,
    /** {@code MIN(x)}: the least value in the PartiQL order (numbers before text, ...). */
    MIN,
    /** {@code MAX(x)}: the greatest value in the PartiQL order. */
    MAX,
    /** {@code ANY(b)}: true when some BOOL is true, false when all are false. */
    ANY,
    /** {@code SOME(b)}: the same as {@link #ANY}. */
    SOME,
    /** {@code EVERY(b)}: true when all BOOLs are true, false when one is false. */
    EVERY;

    /**
     * A new accumulator for this function.
     *
     * @param distinct whether only distinct values (by PartiQL equivalence) count
     * @param site where the aggregate is called, for type errors
     */
    public Accumulator newAccumulator(boolean distinct, CallSite site) {
        Accumulator a = Accumulators.create(this, site);
        return distinct && this != COUNT_STAR ? new DistinctAccumulator(a) : a;
    }

    /** The function named {@code name} (any case: {@code "sum"}, {@code "every"}), or null. */
    public static AggregateFunction byName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (AggregateFunction f : values()) {
            if (f != COUNT_STAR && f.name().equals(upper)) {
                return f;
            }
        }
        return null;
    }
}
