package org.partiqlvm.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partiqlvm.syntax.SourceSpan;
import org.partiqlvm.syntax.ast.BoolLiteral;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.MissingLiteral;
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * Turns a literal of the syntax tree into a {@link Value}, validating the text of DATE, TIME,
 * TIMESTAMP and INTERVAL literals (a malformed one is a planning error at the literal).
 *
 * <p>TIME and TIMESTAMP: {@code hh:mm:ss[.f...][+hh:mm]}; a written precision {@code TIME(p)}
 * rounds the fraction to {@code p} digits, otherwise the fraction keeps its written digits, at most
 * nine (more are truncated). {@code WITH TIME ZONE} requires an offset in the text, {@code WITHOUT
 * TIME ZONE} forbids one, and a plain {@code TIME '...+01:00'} keeps the offset written.
 */
final class LiteralConverter {

    private static final String TIME =
            "(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:([+-])(\\d{2}):(\\d{2}))?";
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME_TEXT = Pattern.compile(TIME);
    private static final Pattern TIMESTAMP_TEXT =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[ T]" + TIME);
    private static final Pattern WITHOUT_TIME_ZONE =
            Pattern.compile("WITHOUT\\s+TIME\\s+ZONE", Pattern.CASE_INSENSITIVE);

    private final PlanningContext context;

    LiteralConverter(PlanningContext context) {
        this.context = context;
    }

    Value convert(Literal literal) {
        if (literal instanceof NullLiteral) {
            return Value.NULL;
        } else if (literal instanceof MissingLiteral) {
            return Value.MISSING;
        } else if (literal instanceof BoolLiteral b) {
            return Value.ofBool(b.value());
        } else if (literal instanceof IntLiteral i) {
            return Value.ofBigInteger(i.value());
        } else if (literal instanceof DecimalLiteral d) {
            return Value.ofDecimal(d.value().round(DecimalValue.DEFAULT_CONTEXT));
        } else if (literal instanceof StringLiteral s) {
            return Value.ofString(s.value());
        } else if (literal instanceof DateLiteral d) {
            return Value.ofDate(date(d.text(), d.span()));
        } else if (literal instanceof TimeLiteral t) {
            return time(t);
        } else if (literal instanceof TimestampLiteral t) {
            return timestamp(t);
        } else if (literal instanceof IntervalLiteral i) {
            return IntervalText.parse(i, context);
        } else if (literal instanceof IonLiteral ion) {
            return ion(ion);
        }
        throw new IllegalStateException("unexpected literal " + literal);
    }

    private Value ion(IonLiteral literal) {
        try {
            return IonValueReader.standard().read(literal.ionText());
        } catch (ValueDecodeException e) {
            throw context.error(
                    "invalid Ion literal: " + e.getMessageWithoutLocation(), literal.span());
        } catch (RuntimeException e) {
            throw context.error("invalid Ion literal: " + e.getMessage(), literal.span());
        }
    }

    private LocalDate date(String text, SourceSpan span) {
        Matcher m = DATE_TEXT.matcher(text);
        if (!m.matches()) {
            throw context.error("invalid DATE '" + text + "': expected 'YYYY-MM-DD'", span);
        }
        try {
            return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        } catch (DateTimeException e) {
            throw context.error("invalid DATE '" + text + "': " + e.getMessage(), span);
        }
    }

    private Value time(TimeLiteral literal) {
        Matcher m = TIME_TEXT.matcher(literal.text());
        if (!m.matches()) {
            throw context.error(
                    "invalid TIME '" + literal.text() + "': expected 'hh:mm:ss[.fff][+hh:mm]'",
                    literal.span());
        }
        Parsed parsed = parseTime(m, 1, literal.precision(), literal.text(), literal.span());
        ZoneOffset offset =
                offset(m, 5, literal.withTimeZone(), "TIME", literal.text(), literal.span());
        LocalTime time = LocalTime.ofNanoOfDay(0).plusNanos(parsed.nanosOfDay);
        return Value.ofTime(time, offset, parsed.precision);
    }

    private Value timestamp(TimestampLiteral literal) {
        Matcher m = TIMESTAMP_TEXT.matcher(literal.text());
        if (!m.matches()) {
            throw context.error(
                    "invalid TIMESTAMP '"
                            + literal.text()
                            + "': expected 'YYYY-MM-DD hh:mm:ss[.fff][+hh:mm]'",
                    literal.span());
        }
        LocalDate date;
        try {
            date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        } catch (DateTimeException e) {
            throw context.error(
                    "invalid TIMESTAMP '" + literal.text() + "': " + e.getMessage(),
                    literal.span());
        }
        Parsed parsed = parseTime(m, 4, literal.precision(), literal.text(), literal.span());
        ZoneOffset offset =
                offset(m, 8, literal.withTimeZone(), "TIMESTAMP", literal.text(), literal.span());
        LocalDateTime dateTime = date.atStartOfDay().plusNanos(parsed.nanosOfDay);
        return Value.ofTimestamp(dateTime, offset, parsed.precision);
    }

    /** Nanoseconds since midnight (possibly 24h after rounding) and the precision to carry. */
    private record Parsed(long nanosOfDay, int precision) {}

    private Parsed parseTime(
            Matcher m, int first, Integer precision, String text, SourceSpan span) {
        int hour = number(m, first);
        int minute = number(m, first + 1);
        int second = number(m, first + 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw context.error("invalid time '" + text + "': field out of range", span);
        }
        if (precision != null && (precision < 0 || precision > 9)) {
            throw context.error("time precision must be 0 to 9, not " + precision, span);
        }
        String digits = m.group(first + 3) == null ? "" : m.group(first + 3);
        BigDecimal fraction = digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal("0." + digits);
        int scale;
        if (precision != null) {
            scale = precision;
            fraction = fraction.setScale(scale, RoundingMode.HALF_UP);
        } else {
            scale = Math.min(digits.length(), 9);
            fraction = fraction.setScale(scale, RoundingMode.DOWN);
        }
        long nanos = fraction.movePointRight(9).longValueExact();
        long nanosOfDay = ((hour * 60L + minute) * 60L + second) * 1_000_000_000L + nanos;
        return new Parsed(nanosOfDay, scale);
    }

    private ZoneOffset offset(
            Matcher m, int first, boolean withTimeZone, String type, String text, SourceSpan span) {
        if (m.group(first) == null) {
            if (withTimeZone) {
                throw context.error(
                        type + " WITH TIME ZONE '" + text + "' needs a UTC offset (+hh:mm)", span);
            }
            return null;
        }
        if (!withTimeZone && writtenWithoutTimeZone(span)) {
            throw context.error(
                    type + " WITHOUT TIME ZONE '" + text + "' must not have a UTC offset", span);
        }
        int hours = number(m, first + 1);
        int minutes = number(m, first + 2);
        if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            throw context.error("invalid UTC offset in '" + text + "'", span);
        }
        int sign = m.group(first).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /**
     * Whether the literal was written with {@code WITHOUT TIME ZONE}: the syntax tree records only
     * {@code WITH TIME ZONE}, so the keywords are read from the statement text before the quote.
     */
    private boolean writtenWithoutTimeZone(SourceSpan span) {
        String source = context.source();
        if (span.end() > source.length()) {
            return false;
        }
        String written = source.substring(span.offset(), span.end());
        int quote = written.indexOf('\'');
        String keywords = quote < 0 ? written : written.substring(0, quote);
        return WITHOUT_TIME_ZONE.matcher(keywords.toUpperCase(Locale.ROOT)).find();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
