package org.partiqlvm.value;

import java.time.Period;

/**
 * An INTERVAL YEAR TO MONTH, stored as a signed number of months (the suite's {@code
 * $interval_ym::{sign: "-", years: 1, months: 11}} is -23 months). Values carry no leading-field
 * precision: {@code INTERVAL '3' YEAR(2)} overflow checks are the evaluator's, from static types.
 */
public final class IntervalYearMonthValue extends Value {

    private final long totalMonths;

    private IntervalYearMonthValue(long totalMonths) {
        super(ValueKind.INTERVAL_YEAR_MONTH);
        this.totalMonths = totalMonths;
    }

    /** The interval of {@code totalMonths} months (negative for a negative interval). */
    public static IntervalYearMonthValue of(long totalMonths) {
        if (totalMonths == Long.MIN_VALUE) {
            throw new ArithmeticException("interval of " + totalMonths + " months is out of range");
        }
        return new IntervalYearMonthValue(totalMonths);
    }

    /** The signed number of months. */
    public long totalMonths() {
        return totalMonths;
    }

    /** -1, 0 or 1. */
    public int signum() {
        return Long.signum(totalMonths);
    }

    /** Whole years of the absolute value. */
    public long years() {
        return Math.abs(totalMonths) / 12;
    }

    /** Months (0..11) of the absolute value after {@link #years()}. */
    public int months() {
        return (int) (Math.abs(totalMonths) % 12);
    }

    /** This interval as a normalized {@link Period} (years and months, same sign). */
    public Period toPeriod() {
        return Period.of(Math.toIntExact(totalMonths / 12), (int) (totalMonths % 12), 0)
                .normalized();
    }
}
