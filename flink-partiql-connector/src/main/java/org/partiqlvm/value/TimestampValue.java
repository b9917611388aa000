package org.partiqlvm.value;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A TIMESTAMP [WITH TIME ZONE]: a local date-time, an optional UTC offset (null means WITHOUT TIME
 * ZONE) and a fractional-seconds precision (0..9 digits; printing only, never comparison).
 *
 * <p>Timestamps with a time zone compare by the instant they denote (so {@code 12:00+01:00} is
 * equivalent to {@code 11:00Z}); those without compare by their local fields; a timestamp without
 * time zone is never equivalent to one with, and sorts before it. An Ion timestamp with a known
 * offset reads as WITH TIME ZONE; one with the unknown offset {@code -00:00} (including date-only
 * Ion timestamps such as {@code 2021-08-22}) reads as WITHOUT TIME ZONE.
 */
public final class TimestampValue extends Value {

    private final LocalDateTime dateTime;
    private final ZoneOffset offset;
    private final int precision;

    private TimestampValue(LocalDateTime dateTime, ZoneOffset offset, int precision) {
        super(ValueKind.TIMESTAMP);
        this.dateTime = dateTime;
        this.offset = offset;
        this.precision = precision;
    }

    /** A TIMESTAMP; {@code offset} null means WITHOUT TIME ZONE. */
    public static TimestampValue of(LocalDateTime dateTime, ZoneOffset offset, int precision) {
        if (dateTime == null) {
            throw new NullPointerException("dateTime");
        }
        TimeValue.checkPrecision(dateTime.getNano(), precision);
        return new TimestampValue(dateTime, offset, precision);
    }

    /** The date-time (local to {@link #offset()} when there is one). */
    public LocalDateTime dateTime() {
        return dateTime;
    }

    /** The UTC offset, or null for TIMESTAMP WITHOUT TIME ZONE. */
    public ZoneOffset offset() {
        return offset;
    }

    /** True for TIMESTAMP WITH TIME ZONE. */
    public boolean hasTimeZone() {
        return offset != null;
    }

    /** Fractional-seconds digits, 0..9. */
    public int precision() {
        return precision;
    }

    /**
     * Seconds since 1970-01-01T00:00Z of the instant (WITH TIME ZONE), or of the local fields read
     * as UTC (WITHOUT TIME ZONE); with {@link #nano()} the comparison key.
     */
    public long epochSecond() {
        return dateTime.toEpochSecond(offset == null ? ZoneOffset.UTC : offset);
    }

    /** The nanosecond within the second. */
    public int nano() {
        return dateTime.getNano();
    }

    @Override
    public String typeName() {
        return offset == null ? "TIMESTAMP" : "TIMESTAMP WITH TIME ZONE";
    }
}
