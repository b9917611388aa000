package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import org.partiqlvm.value.DateTimeText;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The current time, datetime formatting and parsing with a pattern, Unix time and datetime
 * construction, named as partiql-lang-kotlin's extended functions: {@code UTCNOW()}, {@code
 * TO_STRING(x, pattern)}, {@code TO_TIMESTAMP(text[, pattern])}, {@code UNIX_TIMESTAMP([x])},
 * {@code FROM_UNIXTIME(n)}, {@code MAKE_DATE(y, m, d)}, {@code MAKE_TIME(h, m, s[, tz_minutes])}.
 *
 * <p>Patterns are {@link DateTimeFormatter} patterns, as partiql-lang-kotlin's ({@code yyyy-MM-dd
 * HH:mm:ss}, {@code MMM d, y h:mm a}, {@code XXX} for the offset), with English month and day
 * names; parsing ignores case. A literal pattern is checked at plan time; patterns are kept in the
 * VM's cache. {@code UTCNOW()} is read once per execution (a record): all the rows of a record see
 * the same instant, and it is never evaluated ahead of time.
 */
public final class TimeFunctions {

    private static final KindSet DATETIME_TEXT =
            KindSet.of("STRING or SYMBOL", ValueKind.STRING, ValueKind.SYMBOL);

    private TimeFunctions() {}

    /** Registers the functions. */
    static void register(FunctionTable t) {
        t.add(
                        "utcnow",
                        0,
                        0,
                        List.of(KindSet.ANY),
                        (ContextualFunction)
                                (args, out, site, context) -> out.setValue(utc(context.now())),
                        "The current time in UTC, as a TIMESTAMP WITH TIME ZONE in milliseconds;"
                                + " the same for all the rows of a record.")
                .returns(ValueKind.TIMESTAMP)
                .nonDeterministic()
                .example("UTCNOW()", "TIMESTAMP WITH TIME ZONE '2024-03-15 10:20:30.123+00:00'");
        Specializer checkPattern =
                literals -> {
                    Value p = literals.length > 1 ? literals[1] : null;
                    if (p != null && p.kind().isText()) {
                        try {
                            formatter(p.asString());
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(
                                    "invalid datetime pattern '"
                                            + p.asString()
                                            + "': "
                                            + e.getMessage(),
                                    e);
                        }
                    }
                    return null;
                };
        t.add(
                        "to_string",
                        2,
                        2,
                        List.of(KindSet.DATETIME, KindSet.TEXT),
                        (ContextualFunction) TimeFunctions::toText,
                        "The date, time or timestamp formatted with a pattern"
                                + " (java.time.format.DateTimeFormatter letters).")
                .returns(ValueKind.STRING)
                .example(
                        "TO_STRING(TIMESTAMP '1969-07-20 20:18:00', 'MMMM d, y h:mm a')",
                        "'July 20, 1969 8:18 PM'")
                .specializer(checkPattern);
        t.add(
                        "to_timestamp",
                        1,
                        2,
                        List.of(DATETIME_TEXT),
                        (ContextualFunction) TimeFunctions::toTimestamp,
                        "The TIMESTAMP in the text: ISO-8601 (as CAST) without a pattern, else"
                                + " read with the pattern; fields the pattern lacks default to the"
                                + " start of their period; with an offset it is WITH TIME ZONE.")
                .returns(ValueKind.TIMESTAMP)
                .example(
                        "TO_TIMESTAMP('15/03/2024 10:20', 'dd/MM/yyyy HH:mm')",
                        "TIMESTAMP '2024-03-15 10:20:00'")
                .specializer(checkPattern);
        t.add(
                        "unix_timestamp",
                        0,
                        1,
                        List.of(
                                KindSet.of(
                                        "DATE or TIMESTAMP", ValueKind.DATE, ValueKind.TIMESTAMP)),
                        (ContextualFunction) TimeFunctions::unixTimestamp,
                        "Seconds since 1970-01-01T00:00Z of the argument (a timestamp without time"
                                + " zone is taken as UTC) or of UTCNOW(); a DECIMAL when there is a"
                                + " fraction of a second, else an INT.")
                .returns("INT or DECIMAL")
                .example("UNIX_TIMESTAMP(TIMESTAMP '1970-01-02 00:00:01.5+00:00')", "86401.5");
        t.add(
                        "from_unixtime",
                        KindSet.NUMBER,
                        TimeFunctions::fromUnixtime,
                        "The TIMESTAMP WITH TIME ZONE (UTC) a number of seconds after"
                                + " 1970-01-01T00:00Z.")
                .returns(ValueKind.TIMESTAMP)
                .example(
                        "FROM_UNIXTIME(86401.5)",
                        "TIMESTAMP WITH TIME ZONE '1970-01-02 00:00:01.5+00:00'");
        t.add(
                        "make_date",
                        3,
                        3,
                        List.of(KindSet.INT),
                        TimeFunctions::makeDate,
                        "The DATE of a year, month and day; an impossible date is a data error.")
                .returns(ValueKind.DATE)
                .example("MAKE_DATE(2024, 2, 29)", "DATE '2024-02-29'");
        t.add(
                        "make_time",
                        3,
                        4,
                        List.of(KindSet.INT, KindSet.INT, KindSet.NUMBER, KindSet.INT),
                        TimeFunctions::makeTime,
                        "The TIME of an hour, minute and seconds (with a fraction), WITH TIME ZONE"
                                + " when an offset in minutes is given.")
                .returns(ValueKind.TIME)
                .example(
                        "MAKE_TIME(23, 59, 59.125, 330)",
                        "TIME WITH TIME ZONE '23:59:59.125+05:30'");
    }

    /**
     * The formatter of {@code pattern}: English names, case-insensitive parsing.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private static DateTimeFormatter format(
            Slot pattern, int index, Slot out, CallSite site, FunctionContext context) {
        String p = Args.text(pattern, index, out, site);
        if (p == null) {
            return null;
        }
        try {
            return context.format(p);
        } catch (IllegalArgumentException e) {
            site.dataError(out, "invalid datetime pattern '" + p + "': " + e.getMessage());
            return null;
        }
    }

    private static TimestampValue utc(Instant instant) {
        LocalDateTime t =
                LocalDateTime.ofEpochSecond(
                        instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        return Value.ofTimestamp(t, ZoneOffset.UTC, TimeValue.minimalPrecision(t.getNano()));
    }

    /** {@code to_string(x, pattern)}. */
    static void toText(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (!Args.expect(args[0], KindSet.DATETIME, 0, out, site)) {
            return;
        }
        DateTimeFormatter f = format(args[1], 1, out, site, context);
        if (f == null) {
            return;
        }
        Value v = args[0].toValue();
        TemporalAccessor temporal;
        if (v instanceof TimestampValue ts) {
            temporal = ts.hasTimeZone() ? ts.dateTime().atOffset(ts.offset()) : ts.dateTime();
        } else if (v instanceof TimeValue tv) {
            temporal = tv.hasTimeZone() ? tv.time().atOffset(tv.offset()) : tv.time();
        } else {
            temporal = ((DateValue) v).date();
        }
        try {
            out.setString(f.format(temporal));
        } catch (DateTimeException e) {
            site.dataError(
                    out,
                    "cannot format "
                            + v.typeName()
                            + " with pattern '"
                            + args[1].getString()
                            + "': "
                            + e.getMessage());
        }
    }

    /** {@code to_timestamp(text[, pattern])}. */
    static void toTimestamp(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        String text = Args.text(args[0], 0, out, site);
        if (text == null) {
            return;
        }
        if (args.length == 1) {
            TimestampValue ts = DateTimeText.parseTimestamp(text);
            if (ts == null) {
                site.dataError(
                        out,
                        "'" + text + "' is not a timestamp (YYYY-MM-DD[THH:MM[:SS[.f]]][offset])");
            } else {
                out.setValue(ts);
            }
            return;
        }
        DateTimeFormatter f = format(args[1], 1, out, site, context);
        if (f == null) {
            return;
        }
        try {
            out.setValue(timestamp(f.parse(text)));
        } catch (DateTimeException e) {
            site.dataError(
                    out,
                    "cannot read '"
                            + text
                            + "' with pattern '"
                            + args[1].getString()
                            + "': "
                            + e.getMessage());
        }
    }

    /** The timestamp of parsed fields; missing fields are the start of their period. */
    private static TimestampValue timestamp(TemporalAccessor parsed) {
        if (!parsed.isSupported(ChronoField.YEAR)) {
            throw new DateTimeException("the pattern has no year");
        }
        LocalDate date =
                LocalDate.of(
                        parsed.get(ChronoField.YEAR),
                        field(parsed, ChronoField.MONTH_OF_YEAR, 1),
                        field(parsed, ChronoField.DAY_OF_MONTH, 1));
        LocalTime time = parsed.query(TemporalQueries.localTime());
        if (time == null) {
            time =
                    LocalTime.of(
                            field(parsed, ChronoField.HOUR_OF_DAY, 0),
                            field(parsed, ChronoField.MINUTE_OF_HOUR, 0),
                            field(parsed, ChronoField.SECOND_OF_MINUTE, 0),
                            field(parsed, ChronoField.NANO_OF_SECOND, 0));
        }
        ZoneOffset offset = parsed.query(TemporalQueries.offset());
        return Value.ofTimestamp(
                LocalDateTime.of(date, time), offset, TimeValue.minimalPrecision(time.getNano()));
    }

    private static int field(TemporalAccessor parsed, ChronoField field, int dflt) {
        return parsed.isSupported(field) ? parsed.get(field) : dflt;
    }

    /** {@code unix_timestamp([x])}. */
    static void unixTimestamp(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (args.length == 0) {
            out.setLong(context.now().getEpochSecond());
            return;
        }
        Value v = args[0].toValue();
        long seconds;
        int nanos;
        if (v instanceof TimestampValue ts) {
            seconds = ts.dateTime().toEpochSecond(ts.hasTimeZone() ? ts.offset() : ZoneOffset.UTC);
            nanos = ts.dateTime().getNano();
        } else if (v instanceof DateValue d) {
            seconds = d.date().toEpochDay() * 86_400L;
            nanos = 0;
        } else {
            site.typeMismatch(out, 0, "DATE or TIMESTAMP", v.kind());
            return;
        }
        if (nanos == 0) {
            out.setLong(seconds);
        } else {
            Numbers.setDecimal(
                    out,
                    BigDecimal.valueOf(seconds)
                            .add(BigDecimal.valueOf(nanos, 9))
                            .stripTrailingZeros());
        }
    }

    /** {@code from_unixtime(n)}. */
    public static void fromUnixtime(Slot[] args, Slot out, CallSite site) {
        if (Numbers.isNonFiniteFloat(args[0])) {
            site.dataError(out, "cannot convert " + args[0].getDouble() + " to a timestamp");
            return;
        }
        BigDecimal n = Numbers.decimal(args[0]);
        BigDecimal whole = n.setScale(0, java.math.RoundingMode.FLOOR);
        BigInteger seconds = whole.toBigInteger();
        int nanos = n.subtract(whole).movePointRight(9).intValue();
        try {
            LocalDateTime t =
                    LocalDateTime.ofEpochSecond(seconds.longValueExact(), nanos, ZoneOffset.UTC);
            out.setValue(Value.ofTimestamp(t, ZoneOffset.UTC, TimeValue.minimalPrecision(nanos)));
        } catch (ArithmeticException | DateTimeException e) {
            site.dataError(out, n + " seconds is out of the timestamp range");
        }
    }

    /** {@code make_date(y, m, d)}. */
    public static void makeDate(Slot[] args, Slot out, CallSite site) {
        for (int i = 0; i < 3; i++) {
            if (!Args.expect(args[i], KindSet.INT, i, out, site)) {
                return;
            }
        }
        long y = Numbers.clampedLong(args[0]);
        long m = Numbers.clampedLong(args[1]);
        long d = Numbers.clampedLong(args[2]);
        try {
            out.setValue(Value.ofDate(LocalDate.of(Math.toIntExact(y), (int) m, (int) d)));
        } catch (ArithmeticException | DateTimeException e) {
            site.dataError(out, "no date " + y + "-" + m + "-" + d);
        }
    }

    /** {@code make_time(h, m, s[, tz_minutes])}. */
    public static void makeTime(Slot[] args, Slot out, CallSite site) {
        if (!Args.expect(args[0], KindSet.INT, 0, out, site)
                || !Args.expect(args[1], KindSet.INT, 1, out, site)
                || !Args.expect(args[2], KindSet.NUMBER, 2, out, site)
                || (args.length > 3 && !Args.expect(args[3], KindSet.INT, 3, out, site))) {
            return;
        }
        long h = Numbers.clampedLong(args[0]);
        long m = Numbers.clampedLong(args[1]);
        BigDecimal s = Numbers.decimal(args[2]);
        BigDecimal whole = s.setScale(0, java.math.RoundingMode.FLOOR);
        int nanos = s.subtract(whole).movePointRight(9).intValue();
        ZoneOffset offset = null;
        try {
            if (args.length > 3) {
                offset =
                        ZoneOffset.ofTotalSeconds(
                                Math.toIntExact(Numbers.clampedLong(args[3]) * 60));
            }
            LocalTime t =
                    LocalTime.of(
                            Math.toIntExact(h), Math.toIntExact(m), whole.intValueExact(), nanos);
            int precision =
                    args[2].kind() == ValueKind.DECIMAL
                            ? Math.max(
                                    TimeValue.minimalPrecision(nanos),
                                    Math.min(9, Math.max(0, s.scale())))
                            : TimeValue.minimalPrecision(nanos);
            out.setValue(Value.ofTime(t, offset, precision));
        } catch (ArithmeticException | DateTimeException e) {
            site.dataError(
                    out,
                    "no time "
                            + h
                            + ":"
                            + m
                            + ":"
                            + s.toPlainString()
                            + (args.length > 3 ? " at offset " + args[3] + " minutes" : ""));
        }
    }
}
