package org.partiqlvm.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.value.Value;

/**
 * Reads the text of an {@code INTERVAL '...' qualifier} literal, SQL style: an optional sign, then
 * the fields of the qualifier ({@code 'Y-M'} for YEAR TO MONTH, {@code 'D h:m:s.f'} for DAY TO
 * SECOND, and so on).
 *
 * <p>The leading field has at most its precision in digits (default 2: {@code INTERVAL '100' DAY}
 * is an error, {@code INTERVAL '100' DAY(3)} is not); the trailing fields must be in range (hours
 * below 24, minutes and seconds below 60); fractional seconds keep at most the fractional precision
 * (default 6; extra digits are truncated), and more than nine digits are an error.
 */
final class IntervalText {

    private static final int DEFAULT_LEADING_PRECISION = 2;
    private static final int DEFAULT_FRACTIONAL_PRECISION = 6;
    private static final Pattern SECONDS = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private IntervalText() {}

    static Value parse(IntervalLiteral literal, PlanningContext context) {
        IntervalQualifier q = literal.qualifier();
        DatetimeField start = q.start();
        DatetimeField end = q.end() == null ? start : q.end();
        String text = literal.text().trim();
        if (!valid(start, end)) {
            throw context.error("invalid interval qualifier " + start + " TO " + end, q.span());
        }
        boolean negative = false;
        if (text.startsWith("+") || text.startsWith("-")) {
            negative = text.startsWith("-");
            text = text.substring(1);
        }
        String[] parts = split(text, start, end);
        if (parts == null) {
            throw context.error(
                    "invalid INTERVAL '" + literal.text() + "' for " + qualifierText(start, end),
                    literal.span());
        }
        int leadingPrecision =
                q.startPrecision() == null ? DEFAULT_LEADING_PRECISION : q.startPrecision();
        int fractionalPrecision =
                q.fractionalPrecision() == null
                        ? DEFAULT_FRACTIONAL_PRECISION
                        : q.fractionalPrecision();
        try {
            if (start == DatetimeField.YEAR || start == DatetimeField.MONTH) {
                long months = yearMonth(parts, start, end, leadingPrecision);
                return Value.ofIntervalYearMonth(negative ? -months : months);
            }
            long[] secondsAndNanos =
                    dayTime(parts, start, end, leadingPrecision, fractionalPrecision);
            long seconds = negative ? -secondsAndNanos[0] : secondsAndNanos[0];
            long nanos = negative ? -secondsAndNanos[1] : secondsAndNanos[1];
            return Value.ofIntervalDayTime(seconds, nanos);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw context.error(
                    "invalid INTERVAL '" + literal.text() + "': " + e.getMessage(), literal.span());
        }
    }

    private static boolean valid(DatetimeField start, DatetimeField end) {
        if (start.ordinal() > end.ordinal() || end.ordinal() > DatetimeField.SECOND.ordinal()) {
            return false;
        }
        boolean yearMonth = start == DatetimeField.YEAR || start == DatetimeField.MONTH;
        boolean endYearMonth = end == DatetimeField.YEAR || end == DatetimeField.MONTH;
        return yearMonth == endYearMonth;
    }

    /** The field texts, one per field from start to end, or null when the shape is wrong. */
    private static String[] split(String text, DatetimeField start, DatetimeField end) {
        String pattern;
        if (start == DatetimeField.YEAR && end == DatetimeField.MONTH) {
            pattern = "(\\d+)-(\\d+)";
        } else if (start == DatetimeField.DAY && end != DatetimeField.DAY) {
            pattern = "(\\d+) " + timePattern(DatetimeField.HOUR, end);
        } else {
            pattern = timePattern(start, end);
        }
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.matches()) {
            return null;
        }
        String[] parts = new String[m.groupCount()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = m.group(i + 1);
        }
        return parts;
    }

    /** {@code h:m:s.f} restricted to the fields from start to end (each a group). */
    private static String timePattern(DatetimeField start, DatetimeField end) {
        StringBuilder p = new StringBuilder();
        for (int f = start.ordinal(); f <= end.ordinal(); f++) {
            if (f > start.ordinal()) {
                p.append(':');
            }
            p.append(f == DatetimeField.SECOND.ordinal() ? "(\\d+(?:\\.\\d+)?)" : "(\\d+)");
        }
        return p.toString();
    }

    private static long yearMonth(
            String[] parts, DatetimeField start, DatetimeField end, int leadingPrecision) {
        long leading = leading(parts[0], leadingPrecision);
        if (start == DatetimeField.MONTH) {
            return leading;
        }
        if (end == DatetimeField.YEAR) {
            return Math.multiplyExact(leading, 12);
        }
        long months = Long.parseLong(parts[1]);
        if (months > 11) {
            throw new IllegalArgumentException("months must be below 12");
        }
        return Math.addExact(Math.multiplyExact(leading, 12), months);
    }

    private static long[] dayTime(
            String[] parts,
            DatetimeField start,
            DatetimeField end,
            int leadingPrecision,
            int fractionalPrecision) {
        long[] unitSeconds = {86_400, 3_600, 60, 1};
        int first = start.ordinal() - DatetimeField.DAY.ordinal();
        long seconds = 0;
        long nanos = 0;
        for (int i = 0; i < parts.length; i++) {
            int field = first + i;
            boolean isSecond = field == 3;
            String part = parts[i];
            long whole;
            if (isSecond) {
                Matcher m = SECONDS.matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException("bad seconds " + part);
                }
                whole = i == 0 ? leading(m.group(1), leadingPrecision) : trailing(m.group(1), 60);
                nanos = fraction(m.group(2), fractionalPrecision);
            } else {
                whole =
                        i == 0
                                ? leading(part, leadingPrecision)
                                : trailing(part, field == 1 ? 24 : 60);
            }
            seconds = Math.addExact(seconds, Math.multiplyExact(whole, unitSeconds[field]));
        }
        return new long[] {seconds, nanos};
    }

    private static long leading(String digits, int precision) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > precision) {
            throw new IllegalArgumentException(
                    "the leading field " + digits + " has more than " + precision + " digits");
        }
        return Long.parseLong(digits);
    }

    private static long trailing(String digits, int limit) {
        long value = Long.parseLong(digits);
        if (value >= limit) {
            throw new IllegalArgumentException("field " + digits + " must be below " + limit);
        }
        return value;
    }

    private static long fraction(String digits, int precision) {
        if (digits == null) {
            return 0;
        }
        if (digits.length() > 9) {
            throw new IllegalArgumentException("more than 9 fractional digits");
        }
        BigDecimal fraction =
                new BigDecimal("0." + digits).setScale(Math.min(precision, 9), RoundingMode.DOWN);
        return fraction.movePointRight(9).longValueExact();
    }

    private static String qualifierText(DatetimeField start, DatetimeField end) {
        return start == end ? start.toString() : start + " TO " + end;
    }
}
