package org.partiqlvm.value;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Text of dates, times, timestamps and intervals, shared by {@link ValuePrinter} and the codecs:
 * ISO-8601 with exactly {@code precision} fractional-second digits. Appends to a {@link
 * StringBuilder}; no formatter objects.
 */
public final class TemporalText {

    private TemporalText() {}

    /** Appends {@code yyyy-MM-dd} (years beyond 9999 or before 0 as {@link LocalDate} does). */
    public static void appendDate(StringBuilder sb, LocalDate date) {
        sb.append(date); // LocalDate prints ISO yyyy-MM-dd
    }

    /** Appends {@code HH:mm:ss[.fff]} with exactly {@code precision} fractional digits. */
    public static void appendTime(StringBuilder sb, LocalTime time, int precision) {
        pad2(sb, time.getHour()).append(':');
        pad2(sb, time.getMinute()).append(':');
        pad2(sb, time.getSecond());
        appendFraction(sb, time.getNano(), precision);
    }

    /** Appends {@code .fff} with exactly {@code precision} digits of {@code nanos} (none for 0). */
    public static void appendFraction(StringBuilder sb, int nanos, int precision) {
        if (precision <= 0) {
            return;
        }
        sb.append('.');
        int divisor = 100_000_000;
        for (int i = 0; i < precision; i++) {
            sb.append((char) ('0' + nanos / divisor % 10));
            divisor /= 10;
        }
    }

    /** Appends {@code +hh:mm} / {@code -hh:mm} ({@code +00:00} for UTC). */
    public static void appendOffset(StringBuilder sb, ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        sb.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        pad2(sb, total / 3600).append(':');
        pad2(sb, total / 60 % 60);
    }

    /**
     * Appends an INTERVAL YEAR TO MONTH as {@code [-]Y-M} (the literal body, {@code INTERVAL '1-2'
     * YEAR TO MONTH}).
     */
    public static void appendYearMonth(StringBuilder sb, IntervalYearMonthValue v) {
        if (v.signum() < 0) {
            sb.append('-');
        }
        sb.append(v.years()).append('-').append(v.months());
    }

    /**
     * Appends an INTERVAL DAY TO SECOND as {@code [-]D HH:mm:ss[.f]} with the shortest exact
     * fraction (the literal body, {@code INTERVAL '1 02:03:04.5' DAY TO SECOND}).
     */
    public static void appendDayTime(StringBuilder sb, IntervalDayTimeValue v) {
        if (v.signum() < 0) {
            sb.append('-');
        }
        sb.append(v.days()).append(' ');
        pad2(sb, v.hours()).append(':');
        pad2(sb, v.minutes()).append(':');
        pad2(sb, v.seconds());
        appendFraction(sb, v.nanos(), TimeValue.minimalPrecision(v.nanos()));
    }

    /**
     * Appends an ISO-8601 duration: {@code P1Y2M} for year-month, {@code P1DT2H3M4.5S} for
     * day-time, with a leading {@code -} when negative ({@code PT0S} / {@code P0M} for zero).
     */
    public static void appendIsoDuration(StringBuilder sb, Value interval) {
        if (interval instanceof IntervalYearMonthValue ym) {
            if (ym.signum() < 0) {
                sb.append('-');
            }
            sb.append('P');
            if (ym.years() != 0) {
                sb.append(ym.years()).append('Y');
            }
            if (ym.months() != 0 || ym.years() == 0) {
                sb.append(ym.months()).append('M');
            }
            return;
        }
        IntervalDayTimeValue dt = (IntervalDayTimeValue) interval;
        if (dt.signum() < 0) {
            sb.append('-');
        }
        sb.append('P');
        if (dt.days() != 0) {
            sb.append(dt.days()).append('D');
        }
        boolean hasTime = dt.hours() != 0 || dt.minutes() != 0 || dt.seconds() != 0;
        if (hasTime || dt.nanos() != 0 || dt.days() == 0) {
            sb.append('T');
            if (dt.hours() != 0) {
                sb.append(dt.hours()).append('H');
            }
            if (dt.minutes() != 0) {
                sb.append(dt.minutes()).append('M');
            }
            if (dt.seconds() != 0 || dt.nanos() != 0 || !hasTime) {
                sb.append(dt.seconds());
                appendFraction(sb, dt.nanos(), TimeValue.minimalPrecision(dt.nanos()));
                sb.append('S');
            }
        }
    }

    private static StringBuilder pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
