package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * {@code EXTRACT}, {@code DATE_ADD} and {@code DATE_DIFF}, one function per field as the planner
 * lowers them: {@code EXTRACT(YEAR FROM x)} is {@code extract_year(x)}, {@code DATE_ADD(DAY, n, x)}
 * is {@code date_add_day(n, x)}, {@code DATE_DIFF(HOUR, a, b)} is {@code date_diff_hour(a, b)}.
 *
 * <p>EXTRACT (extract.ion): YEAR, MONTH and DAY from a DATE or TIMESTAMP; HOUR, MINUTE and SECOND
 * from a TIME or TIMESTAMP; TIMEZONE_HOUR and TIMEZONE_MINUTE from a TIME or TIMESTAMP WITH TIME
 * ZONE (signed: {@code -06:30} gives -6 and -30); the fields of an interval of the matching family
 * (signed). SECOND is a DECIMAL with the value's fractional digits ({@code 45.678}), the others
 * INTs. Any other combination is a type error ({@code EXTRACT(YEAR FROM TIME ...)}).
 */
public final class DateTimeFunctions {

    private DateTimeFunctions() {}

    // ---------------------------------------------------------------- EXTRACT

    /** {@code extract_year(x)}: the year of a DATE or TIMESTAMP, or the years of an interval. */
    public static void extractYear(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalYearMonthValue ym) {
            out.setLong(ym.signum() * ym.years());
        } else {
            LocalDateTime t = dateTime(v);
            if (t == null) {
                site.typeMismatch(out, 0, "DATE, TIMESTAMP or INTERVAL YEAR TO MONTH", v.kind());
            } else {
                out.setLong(t.getYear());
            }
        }
    }

    /** {@code extract_month(x)}: the month (1..12) of a DATE or TIMESTAMP, or of an interval. */
    public static void extractMonth(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalYearMonthValue ym) {
            out.setLong(ym.signum() * ym.months());
        } else {
            LocalDateTime t = dateTime(v);
            if (t == null) {
                site.typeMismatch(out, 0, "DATE, TIMESTAMP or INTERVAL YEAR TO MONTH", v.kind());
            } else {
                out.setLong(t.getMonthValue());
            }
        }
    }

    /**
     * {@code extract_day(x)}: the day of month of a DATE or TIMESTAMP, or the days of an interval.
     */
    public static void extractDay(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalDayTimeValue dt) {
            out.setLong(dt.signum() * dt.days());
        } else {
            LocalDateTime t = dateTime(v);
            if (t == null) {
                site.typeMismatch(out, 0, "DATE, TIMESTAMP or INTERVAL DAY TO SECOND", v.kind());
            } else {
                out.setLong(t.getDayOfMonth());
            }
        }
    }

    /** {@code extract_hour(x)}: the hour of a TIME or TIMESTAMP, or the hours of an interval. */
    public static void extractHour(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalDayTimeValue dt) {
            out.setLong((long) dt.signum() * dt.hours());
        } else {
            LocalTime t = time(v);
            if (t == null) {
                site.typeMismatch(out, 0, "TIME, TIMESTAMP or INTERVAL DAY TO SECOND", v.kind());
            } else {
                out.setLong(t.getHour());
            }
        }
    }

    /** {@code extract_minute(x)}: the minute of a TIME or TIMESTAMP, or of an interval. */
    public static void extractMinute(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalDayTimeValue dt) {
            out.setLong((long) dt.signum() * dt.minutes());
        } else {
            LocalTime t = time(v);
            if (t == null) {
                site.typeMismatch(out, 0, "TIME, TIMESTAMP or INTERVAL DAY TO SECOND", v.kind());
            } else {
                out.setLong(t.getMinute());
            }
        }
    }

    /**
     * {@code extract_second(x)}: the seconds, with fraction, of a TIME, TIMESTAMP or interval, as a
     * DECIMAL.
     */
    public static void extractSecond(Slot[] args, Slot out, CallSite site) {
        Value v = args[0].toValue();
        if (v instanceof IntervalDayTimeValue dt) {
            int scale = TimeValue.minimalPrecision(dt.nanos());
            BigDecimal s = seconds(dt.seconds(), dt.nanos(), scale);
            out.setValue(Value.ofDecimal(dt.signum() < 0 ? s.negate() : s));
            return;
        }
        LocalTime t = time(v);
        if (t == null) {
            site.typeMismatch(out, 0, "TIME, TIMESTAMP or INTERVAL DAY TO SECOND", v.kind());
            return;
        }
        int precision =
                v instanceof TimeValue tv ? tv.precision() : ((TimestampValue) v).precision();
        out.setValue(Value.ofDecimal(seconds(t.getSecond(), t.getNano(), precision)));
    }

    /**
     * {@code extract_timezone_hour(x)}: the hours of the UTC offset of a TIME or TIMESTAMP WITH
     * TIME ZONE.
     */
    public static void extractTimezoneHour(Slot[] args, Slot out, CallSite site) {
        ZoneOffset offset = offset(args[0], out, site);
        if (offset != null) {
            out.setLong(offset.getTotalSeconds() / 3600);
        }
    }

    /**
     * {@code extract_timezone_minute(x)}: the minutes of the UTC offset of a TIME or TIMESTAMP WITH
     * TIME ZONE.
     */
    public static void extractTimezoneMinute(Slot[] args, Slot out, CallSite site) {
        ZoneOffset offset = offset(args[0], out, site);
        if (offset != null) {
            out.setLong(offset.getTotalSeconds() / 60 % 60);
        }
    }

    // ---------------------------------------------------------------- DATE_ADD

    /** {@code date_add_year(n, x)}: the DATE or TIMESTAMP {@code x} plus {@code n} years. */
    public static void dateAddYear(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.YEARS, args, out, site);
    }

    /** {@code date_add_month(n, x)}: the DATE or TIMESTAMP {@code x} plus {@code n} months. */
    public static void dateAddMonth(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.MONTHS, args, out, site);
    }

    /** {@code date_add_day(n, x)}: the DATE or TIMESTAMP {@code x} plus {@code n} days. */
    public static void dateAddDay(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.DAYS, args, out, site);
    }

    /** {@code date_add_hour(n, x)}: {@code x} plus {@code n} hours (a DATE becomes a TIMESTAMP). */
    public static void dateAddHour(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.HOURS, args, out, site);
    }

    /**
     * {@code date_add_minute(n, x)}: {@code x} plus {@code n} minutes (a DATE becomes a TIMESTAMP).
     */
    public static void dateAddMinute(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.MINUTES, args, out, site);
    }

    /**
     * {@code date_add_second(n, x)}: {@code x} plus {@code n} seconds (a DATE becomes a TIMESTAMP).
     */
    public static void dateAddSecond(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.add(ChronoUnit.SECONDS, args, out, site);
    }

    // ---------------------------------------------------------------- DATE_DIFF

    /** {@code date_diff_year(a, b)}: whole years from {@code a} to {@code b}. */
    public static void dateDiffYear(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.YEARS, args, out, site);
    }

    /** {@code date_diff_month(a, b)}: whole months from {@code a} to {@code b}. */
    public static void dateDiffMonth(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.MONTHS, args, out, site);
    }

    /** {@code date_diff_day(a, b)}: whole days from {@code a} to {@code b}. */
    public static void dateDiffDay(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.DAYS, args, out, site);
    }

    /** {@code date_diff_hour(a, b)}: whole hours from {@code a} to {@code b}. */
    public static void dateDiffHour(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.HOURS, args, out, site);
    }

    /** {@code date_diff_minute(a, b)}: whole minutes from {@code a} to {@code b}. */
    public static void dateDiffMinute(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.MINUTES, args, out, site);
    }

    /** {@code date_diff_second(a, b)}: whole seconds from {@code a} to {@code b}. */
    public static void dateDiffSecond(Slot[] args, Slot out, CallSite site) {
        DateAddDiff.diff(ChronoUnit.SECONDS, args, out, site);
    }

    // ---------------------------------------------------------------- helpers

    /** The local date-time of a DATE (midnight) or TIMESTAMP, else null. */
    static LocalDateTime dateTime(Value v) {
        if (v instanceof DateValue d) {
            return d.date().atStartOfDay();
        }
        return v instanceof TimestampValue t ? t.dateTime() : null;
    }

    /** The local time of a TIME or TIMESTAMP, else null. */
    private static LocalTime time(Value v) {
        if (v instanceof TimeValue t) {
            return t.time();
        }
        return v instanceof TimestampValue ts ? ts.dateTime().toLocalTime() : null;
    }

    private static BigDecimal seconds(long seconds, int nanos, int scale) {
        return BigDecimal.valueOf(seconds * DateTimes.NANOS_PER_SECOND + nanos, 9)
                .setScale(scale, RoundingMode.DOWN);
    }

    private static ZoneOffset offset(Slot a, Slot out, CallSite site) {
        ValueKind k = a.kind();
        ZoneOffset offset = null;
        if (k == ValueKind.TIME || k == ValueKind.TIMESTAMP) {
            offset = DateTimes.offset(a.toValue());
        }
        if (offset == null) {
            site.typeMismatch(out, 0, "TIME WITH TIME ZONE or TIMESTAMP WITH TIME ZONE", k);
        }
        return offset;
    }

    /** The instant of a DATE or TIMESTAMP, reading values without time zone in UTC. */
    static OffsetDateTime instant(Value v) {
        if (v instanceof DateValue d) {
            return d.date().atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        TimestampValue t = (TimestampValue) v;
        return t.dateTime().atOffset(t.offset() == null ? ZoneOffset.UTC : t.offset());
    }
}
