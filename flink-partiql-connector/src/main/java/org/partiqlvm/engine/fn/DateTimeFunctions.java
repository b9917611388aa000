package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    private static final KindSet YEAR_MONTH_FIELDS =
            KindSet.of(
                    "DATE, TIMESTAMP or INTERVAL YEAR TO MONTH",
                    ValueKind.DATE,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_YEAR_MONTH);
    private static final KindSet DAY_FIELD =
            KindSet.of(
                    "DATE, TIMESTAMP or INTERVAL DAY TO SECOND",
                    ValueKind.DATE,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_DAY_TIME);
    private static final KindSet TIME_FIELDS =
            KindSet.of(
                    "TIME, TIMESTAMP or INTERVAL DAY TO SECOND",
                    ValueKind.TIME,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_DAY_TIME);
    private static final KindSet ZONED =
            KindSet.of("TIME or TIMESTAMP WITH TIME ZONE", ValueKind.TIME, ValueKind.TIMESTAMP);

    private static final String TS = "TIMESTAMP '2024-03-15 10:20:30.5'";

    /** Registers the EXTRACT, DATE_ADD and DATE_DIFF forms (lowered to one function per field). */
    static void register(FunctionTable t) {
        t.add(
                        "extract_year",
                        YEAR_MONTH_FIELDS,
                        DateTimeFunctions::extractYear,
                        "EXTRACT(YEAR FROM x): the year of a date/timestamp, or years of an"
                                + " interval.")
                .returns(ValueKind.INT)
                .example("EXTRACT(YEAR FROM " + TS + ")", "2024");
        t.add(
                        "extract_month",
                        YEAR_MONTH_FIELDS,
                        DateTimeFunctions::extractMonth,
                        "EXTRACT(MONTH FROM x): the month of a date/timestamp or interval.")
                .returns(ValueKind.INT)
                .example("EXTRACT(MONTH FROM " + TS + ")", "3");
        t.add(
                        "extract_day",
                        DAY_FIELD,
                        DateTimeFunctions::extractDay,
                        "EXTRACT(DAY FROM x): the day of month of a date/timestamp, or days of an"
                                + " interval.")
                .returns(ValueKind.INT)
                .example("EXTRACT(DAY FROM " + TS + ")", "15");
        t.add(
                        "extract_hour",
                        TIME_FIELDS,
                        DateTimeFunctions::extractHour,
                        "EXTRACT(HOUR FROM x): the hour of a time/timestamp or interval.")
                .returns(ValueKind.INT)
                .example("EXTRACT(HOUR FROM " + TS + ")", "10");
        t.add(
                        "extract_minute",
                        TIME_FIELDS,
                        DateTimeFunctions::extractMinute,
                        "EXTRACT(MINUTE FROM x): the minute of a time/timestamp or interval.")
                .returns(ValueKind.INT)
                .example("EXTRACT(MINUTE FROM " + TS + ")", "20");
        t.add(
                        "extract_second",
                        TIME_FIELDS,
                        DateTimeFunctions::extractSecond,
                        "EXTRACT(SECOND FROM x): the seconds with fraction, as DECIMAL.")
                .returns(ValueKind.DECIMAL)
                .example("EXTRACT(SECOND FROM " + TS + ")", "30.5");
        t.add(
                        "extract_timezone_hour",
                        ZONED,
                        DateTimeFunctions::extractTimezoneHour,
                        "EXTRACT(TIMEZONE_HOUR FROM x): the hours of the UTC offset.")
                .returns(ValueKind.INT)
                .example("EXTRACT(TIMEZONE_HOUR FROM TIME WITH TIME ZONE '10:00:00-05:30')", "-5");
        t.add(
                        "extract_timezone_minute",
                        ZONED,
                        DateTimeFunctions::extractTimezoneMinute,
                        "EXTRACT(TIMEZONE_MINUTE FROM x): the minutes of the UTC offset.")
                .returns(ValueKind.INT)
                .example(
                        "EXTRACT(TIMEZONE_MINUTE FROM TIME WITH TIME ZONE '10:00:00-05:30')",
                        "-30");
        List<KindSet> add = List.of(KindSet.INT, KindSet.DATETIME);
        String sameDatetime = "same as the datetime";
        String d = "DATE '2024-01-31'";
        t.add(
                        "date_add_year",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddYear,
                        "DATE_ADD(YEAR, n, x): x plus n years.")
                .returns(sameDatetime)
                .example("DATE_ADD(YEAR, 1, " + d + ")", "DATE '2025-01-31'");
        t.add(
                        "date_add_month",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddMonth,
                        "DATE_ADD(MONTH, n, x): x plus n months.")
                .returns(sameDatetime)
                .example("DATE_ADD(MONTH, 1, " + d + ")", "DATE '2024-02-29'");
        t.add(
                        "date_add_day",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddDay,
                        "DATE_ADD(DAY, n, x): x plus n days.")
                .returns(sameDatetime)
                .example("DATE_ADD(DAY, 1, " + d + ")", "DATE '2024-02-01'");
        t.add(
                        "date_add_hour",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddHour,
                        "DATE_ADD(HOUR, n, x): x plus n hours.")
                .returns(sameDatetime)
                .example("DATE_ADD(HOUR, -11, " + TS + ")", "TIMESTAMP '2024-03-14 23:20:30.5'");
        t.add(
                        "date_add_minute",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddMinute,
                        "DATE_ADD(MINUTE, n, x): x plus n minutes.")
                .returns(sameDatetime)
                .example("DATE_ADD(MINUTE, 40, " + TS + ")", "TIMESTAMP '2024-03-15 11:00:30.5'");
        t.add(
                        "date_add_second",
                        2,
                        2,
                        add,
                        DateTimeFunctions::dateAddSecond,
                        "DATE_ADD(SECOND, n, x): x plus n seconds.")
                .returns(sameDatetime)
                .example("DATE_ADD(SECOND, 30, " + TS + ")", "TIMESTAMP '2024-03-15 10:21:00.5'");
        List<KindSet> diff = List.of(KindSet.DATETIME);
        String a = "TIMESTAMP '2024-01-01 00:00:00', ";
        t.add(
                        "date_diff_year",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffYear,
                        "DATE_DIFF(YEAR, a, b): whole years from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(YEAR, " + a + TS + ")", "0");
        t.add(
                        "date_diff_month",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffMonth,
                        "DATE_DIFF(MONTH, a, b): whole months from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(MONTH, " + a + TS + ")", "2");
        t.add(
                        "date_diff_day",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffDay,
                        "DATE_DIFF(DAY, a, b): whole days from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(DAY, " + a + TS + ")", "74");
        t.add(
                        "date_diff_hour",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffHour,
                        "DATE_DIFF(HOUR, a, b): whole hours from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(HOUR, " + a + TS + ")", "1786");
        t.add(
                        "date_diff_minute",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffMinute,
                        "DATE_DIFF(MINUTE, a, b): whole minutes from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(MINUTE, " + a + TS + ")", "107180");
        t.add(
                        "date_diff_second",
                        2,
                        2,
                        diff,
                        DateTimeFunctions::dateDiffSecond,
                        "DATE_DIFF(SECOND, a, b): whole seconds from a to b.")
                .returns(ValueKind.INT)
                .example("DATE_DIFF(SECOND, " + a + TS + ")", "6430830");
    }

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
