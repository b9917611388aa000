package org.partiqlvm.engine.fn;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Comparison keys and small helpers for DATE, TIME and TIMESTAMP values.
 *
 * <p>Mixed comparisons follow the suite (operators/comparison.ion, minus.ion): a value without a
 * time zone is read in UTC, so {@code TIME '10:30:00' = TIME '10:30:00+00:00'} and {@code DATE
 * '2023-05-15' = TIMESTAMP '2023-05-15 00:00:00+00:00'}; a DATE is the midnight starting its day.
 */
final class DateTimes {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long SECONDS_PER_DAY = 86_400L;
    static final long NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;

    private DateTimes() {}

    /** True for DATE and TIMESTAMP, which compare with each other. */
    static boolean isDateOrTimestamp(ValueKind k) {
        return k == ValueKind.DATE || k == ValueKind.TIMESTAMP;
    }

    /** Seconds since the epoch of a DATE (UTC midnight) or TIMESTAMP (UTC when without zone). */
    static long epochSecond(Value v) {
        if (v instanceof DateValue d) {
            return d.date().toEpochDay() * SECONDS_PER_DAY;
        }
        return ((TimestampValue) v).epochSecond();
    }

    /** The nanosecond within the second of a TIMESTAMP; 0 for a DATE. */
    static int nano(Value v) {
        return v instanceof TimestampValue t ? t.nano() : 0;
    }

    /** Compares two DATE or TIMESTAMP values by the instant they denote. */
    static int compareInstants(Value a, Value b) {
        int c = Long.compare(epochSecond(a), epochSecond(b));
        return c != 0 ? c : Integer.compare(nano(a), nano(b));
    }

    /** Compares two TIMEs by their time of day in UTC (local time when without zone). */
    static int compareTimes(Value a, Value b) {
        return Long.compare(((TimeValue) a).utcNanoOfDay(), ((TimeValue) b).utcNanoOfDay());
    }

    /** The precision (0..9) needed to show {@code nanos} and at least {@code base} digits. */
    static int precision(int base, int nanos) {
        return Math.max(base, TimeValue.minimalPrecision(nanos));
    }

    /** True when the year is within 0001..9999, the range of SQL datetimes and Ion timestamps. */
    static boolean inRange(LocalDate date) {
        int y = date.getYear();
        return y >= 1 && y <= 9999;
    }

    /** The offset of a TIME or TIMESTAMP, or null. */
    static ZoneOffset offset(Value v) {
        if (v instanceof TimeValue t) {
            return t.offset();
        }
        return v instanceof TimestampValue ts ? ts.offset() : null;
    }
}
