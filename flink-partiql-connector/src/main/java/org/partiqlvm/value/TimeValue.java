package org.partiqlvm.value;

import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A TIME [WITH TIME ZONE]: a time of day, an optional UTC offset (null means WITHOUT TIME ZONE) and
 * a fractional-seconds precision (0..9 digits, the {@code p} of {@code TIME(p)}; it decides how
 * many digits are printed and never affects comparison).
 *
 * <p>Invariant: the nanoseconds need no more than {@code precision} digits ({@code 12:00:00.5} may
 * have precision 1..9, not 0); callers round before constructing.
 */
public final class TimeValue extends Value {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final int[] POW10 = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    private final LocalTime time;
    private final ZoneOffset offset;
    private final int precision;

    private TimeValue(LocalTime time, ZoneOffset offset, int precision) {
        super(ValueKind.TIME);
        this.time = time;
        this.offset = offset;
        this.precision = precision;
    }

    /** A TIME; {@code offset} null means WITHOUT TIME ZONE. */
    public static TimeValue of(LocalTime time, ZoneOffset offset, int precision) {
        if (time == null) {
            throw new NullPointerException("time");
        }
        checkPrecision(time.getNano(), precision);
        return new TimeValue(time, offset, precision);
    }

    /** The time of day (local to {@link #offset()} when there is one). */
    public LocalTime time() {
        return time;
    }

    /** The UTC offset, or null for TIME WITHOUT TIME ZONE. */
    public ZoneOffset offset() {
        return offset;
    }

    /** True for TIME WITH TIME ZONE. */
    public boolean hasTimeZone() {
        return offset != null;
    }

    /** Fractional-seconds digits, 0..9. */
    public int precision() {
        return precision;
    }

    /**
     * For TIME WITH TIME ZONE, the time of day in UTC in nanoseconds (wrapping around midnight):
     * the key by which such times compare. For TIME without time zone, the local nano of day.
     */
    public long utcNanoOfDay() {
        long local = time.toNanoOfDay();
        if (offset == null) {
            return local;
        }
        return Math.floorMod(local - offset.getTotalSeconds() * 1_000_000_000L, NANOS_PER_DAY);
    }

    @Override
    public String typeName() {
        return offset == null ? "TIME" : "TIME WITH TIME ZONE";
    }

    /** The fewest fractional digits (0..9) that show {@code nanos} exactly. */
    public static int minimalPrecision(int nanos) {
        if (nanos == 0) {
            return 0;
        }
        int p = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            p--;
        }
        return p;
    }

    static void checkPrecision(int nanos, int precision) {
        if (precision < 0 || precision > 9) {
            throw new IllegalArgumentException(
                    "fractional seconds precision must be 0..9, got " + precision);
        }
        if (nanos % POW10[9 - precision] != 0) {
            throw new IllegalArgumentException(
                    "nanoseconds " + nanos + " need more than " + precision + " fractional digits");
        }
    }
}
