package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;

/**
 * The running state of one aggregate (SUM, AVG, ...) over one group: the logic shared by the SQL
 * aggregates a VM computes and the {@code coll_*} functions.
 *
 * <p>An accumulator belongs to one VM (one thread) and is reused from group to group through {@link
 * #reset()}. MISSING and NULL values are skipped (except by {@code COUNT(*)}). A value of the wrong
 * type (SUM of a STRING) throws at once in strict mode; in permissive mode the group's result
 * becomes MISSING. Create accumulators with {@link AggregateFunction#newAccumulator}.
 */
public interface Accumulator {

    /** Forgets the values added so far. */
    void reset();

    /** Adds one value (the slot is only read). */
    void add(Slot value);

    /** Stores the aggregate of the values added since the last reset: NULL when there were none. */
    void result(Slot out);
}
