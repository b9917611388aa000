package org.partiqlvm.value;

import java.time.Duration;

/**
 * An INTERVAL DAY TO SECOND, stored like {@link Duration}: seconds (floor) plus a nanosecond
 * adjustment in [0, 10^9). The part accessors ({@link #days()}, {@link #hours()}, ...) describe the
 * absolute value, as the suite's {@code $interval_dt::{sign, days, hours, minutes, seconds, nanos}}
 * does; {@link #signum()} gives the sign. No leading-field or fractional precision is carried (see
 * {@link IntervalYearMonthValue}).
 */
public final class IntervalDayTimeValue extends Value {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long seconds;
    private final int nanoAdjustment;

    private IntervalDayTimeValue(long seconds, int nanoAdjustment) {
        super(ValueKind.INTERVAL_DAY_TIME);
        this.seconds = seconds;
        this.nanoAdjustment = nanoAdjustment;
    }

    /** The interval of {@code seconds + nanos / 10^9} seconds; any signs, normalized here. */
    public static IntervalDayTimeValue of(long seconds, long nanos) {
        long s = Math.addExact(seconds, Math.floorDiv(nanos, NANOS_PER_SECOND));
        int n = (int) Math.floorMod(nanos, NANOS_PER_SECOND);
        if (s == Long.MIN_VALUE) {
            throw new ArithmeticException("interval of " + s + " seconds is out of range");
        }
        return new IntervalDayTimeValue(s, n);
    }

    /** The interval of {@code duration}. */
    public static IntervalDayTimeValue of(Duration duration) {
        return of(duration.getSeconds(), duration.getNano());
    }

    /** Seconds, rounded toward negative infinity (as {@link Duration#getSeconds()}). */
    public long totalSeconds() {
        return seconds;
    }

    /** Nanoseconds to add to {@link #totalSeconds()}, in [0, 10^9). */
    public int nanoAdjustment() {
        return nanoAdjustment;
    }

    /** -1, 0 or 1. */
    public int signum() {
        if (seconds < 0) {
            return -1;
        }
        return seconds == 0 && nanoAdjustment == 0 ? 0 : 1;
    }

    /** Whole seconds of the absolute value. */
    private long absSeconds() {
        if (seconds >= 0) {
            return seconds;
        }
        return nanoAdjustment == 0 ? -seconds : -seconds - 1;
    }

    /** Days of the absolute value. */
    public long days() {
        return absSeconds() / 86_400;
    }

    /** Hours (0..23) of the absolute value after the days. */
    public int hours() {
        return (int) (absSeconds() % 86_400 / 3_600);
    }

    /** Minutes (0..59) of the absolute value after the hours. */
    public int minutes() {
        return (int) (absSeconds() % 3_600 / 60);
    }

    /** Seconds (0..59) of the absolute value after the minutes. */
    public int seconds() {
        return (int) (absSeconds() % 60);
    }

    /** Nanoseconds (0..999,999,999) of the absolute value after the seconds. */
    public int nanos() {
        if (seconds >= 0 || nanoAdjustment == 0) {
            return nanoAdjustment;
        }
        return (int) (NANOS_PER_SECOND - nanoAdjustment);
    }

    /** This interval as a {@link Duration}. */
    public Duration toDuration() {
        return Duration.ofSeconds(seconds, nanoAdjustment);
    }
}
