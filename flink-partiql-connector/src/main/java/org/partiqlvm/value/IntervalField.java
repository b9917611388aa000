package org.partiqlvm.value;

/**
 * A field of an interval qualifier ({@code INTERVAL DAY TO SECOND}), in order from the most
 * significant; YEAR and MONTH make year-month intervals, the others day-time intervals.
 */
public enum IntervalField {
    YEAR,
    MONTH,
    DAY,
    HOUR,
    MINUTE,
    SECOND;

    /** True for YEAR and MONTH. */
    public boolean isYearMonth() {
        return this == YEAR || this == MONTH;
    }
}
