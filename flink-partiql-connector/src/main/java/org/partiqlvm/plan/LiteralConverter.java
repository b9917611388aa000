package org.partiqlvm.plan;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.BoolLiteral;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.MissingLiteral;
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.value.DateTimeText;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.IntervalText;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;
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
            return temporal(ValueKind.DATE, d.text(), null, false, d.span());
        } else if (literal instanceof TimeLiteral t) {
            return temporal(ValueKind.TIME, t.text(), t.precision(), t.withTimeZone(), t.span());
        } else if (literal instanceof TimestampLiteral t) {
            return temporal(
                    ValueKind.TIMESTAMP, t.text(), t.precision(), t.withTimeZone(), t.span());
        } else if (literal instanceof IntervalLiteral i) {
            return interval(i);
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

    private Value interval(IntervalLiteral literal) {
        IntervalQualifier q = literal.qualifier();
        IntervalField start = intervalField(q.start());
        IntervalField end = q.end() == null || q.end() == q.start() ? null : intervalField(q.end());
        String problem =
                start == null || (q.end() != null && end == null && q.end() != q.start())
                        ? "invalid interval qualifier "
                                + q.start()
                                + (q.end() == null ? "" : " TO " + q.end())
                        : IntervalText.qualifierProblem(start, end);
        if (problem != null) {
            throw context.error(problem, q.span());
        }
        try {
            return IntervalText.parseOrExplain(
                    literal.text(),
                    start,
                    end,
                    q.startPrecision() == null ? -1 : q.startPrecision(),
                    q.fractionalPrecision() == null ? -1 : q.fractionalPrecision());
        } catch (IllegalArgumentException e) {
            throw context.error(
                    "invalid INTERVAL '"
                            + literal.text()
                            + "' for "
                            + (end == null ? start : start + " TO " + end)
                            + ": "
                            + e.getMessage(),
                    literal.span());
        }
    }

    /** The interval field of a datetime field, or null for TIMEZONE_HOUR and TIMEZONE_MINUTE. */
    static IntervalField intervalField(DatetimeField f) {
        return f == DatetimeField.TIMEZONE_HOUR || f == DatetimeField.TIMEZONE_MINUTE
                ? null
                : IntervalField.valueOf(f.name());
    }

    /**
     * A DATE, TIME or TIMESTAMP literal, read by the value layer's one datetime grammar; the
     * planner adds the rules of the literal's type: the precision's range and the offset that
     * {@code WITH TIME ZONE} requires and {@code WITHOUT TIME ZONE} forbids.
     */
    private Value temporal(
            ValueKind kind, String text, Integer precision, boolean withTimeZone, SourceSpan span) {
        if (precision != null && (precision < 0 || precision > 9)) {
            throw context.error("time precision must be 0 to 9, not " + precision, span);
        }
        Value v;
        try {
            v = DateTimeText.parseLiteral(kind, text, precision == null ? -1 : precision);
        } catch (IllegalArgumentException e) {
            throw context.error("invalid " + kind + " '" + text + "': " + e.getMessage(), span);
        }
        ZoneOffset offset =
                v instanceof TimeValue t
                        ? t.offset()
                        : v instanceof TimestampValue ts ? ts.offset() : null;
        if (kind != ValueKind.DATE && offset == null && withTimeZone) {
            throw context.error(
                    kind + " WITH TIME ZONE '" + text + "' needs a UTC offset (+hh:mm)", span);
        }
        if (offset != null && !withTimeZone && writtenWithoutTimeZone(span)) {
            throw context.error(
                    kind + " WITHOUT TIME ZONE '" + text + "' must not have a UTC offset", span);
        }
        return v;
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
}
