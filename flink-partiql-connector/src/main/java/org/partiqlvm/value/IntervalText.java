package org.partiqlvm.value;

/**
 * The one grammar of interval text, for {@code INTERVAL '<text>' <qualifier>} literals (the
 * planner) and {@code CAST(<string> AS INTERVAL ...)} (the casts).
 *
 * <p>Text (interval.ion): an optional sign, then the qualifier's fields: {@code Y-M}, {@code D
 * H:M:S.f}, {@code H:M}, ... The leading field may have up to its precision in digits (2 by
 * default: {@code '100' DAY} is invalid, {@code '999' MONTH(3)} is 83 years 3 months; leading zeros
 * do not count); the others have at most two digits and are bounded (months below 12, hours 24,
 * minutes and seconds 60); a fraction of more than 9 digits is invalid, one of more than the
 * fractional precision (6 by default) is truncated.
 *
 * <p>{@link #parse} answers null for text that does not fit (no exception, for casts run per row);
 * {@link #parseOrExplain} says why, for the planner's error messages. Both run the same code.
 */
public final class IntervalText {

    /** The leading field precision when none is written. */
    public static final int DEFAULT_LEADING_PRECISION = 2;

    /** The fractional seconds precision when none is written. */
    public static final int DEFAULT_FRACTIONAL_PRECISION = 6;

    private static final long[] UNIT_SECONDS = {0, 0, 86_400, 3_600, 60, 1};

    private IntervalText() {}

    /**
     * Why {@code start TO end} is no interval qualifier (end after start, in the same family), or
     * null when it is one; {@code end} is null for a single field.
     */
    public static String qualifierProblem(IntervalField start, IntervalField end) {
        if (end != null
                && (end.ordinal() <= start.ordinal() || end.isYearMonth() != start.isYearMonth())) {
            return "invalid interval qualifier " + start + " TO " + end;
        }
        return null;
    }

    /**
     * The interval written in {@code text} for the qualifier {@code start [TO end]}, or null when
     * the text does not fit it.
     *
     * @param end the trailing field, null for a single-field qualifier
     * @param leadingPrecision the leading field's precision, or -1 for the default (2)
     * @param fractionalPrecision the fractional seconds precision, or -1 for the default (6)
     */
    public static Value parse(
            String text,
            IntervalField start,
            IntervalField end,
            int leadingPrecision,
            int fractionalPrecision) {
        return read(text, start, end, leadingPrecision, fractionalPrecision, false);
    }

    /**
     * {@link #parse}, throwing instead of answering null.
     *
     * @throws IllegalArgumentException saying why the text does not fit the qualifier
     */
    public static Value parseOrExplain(
            String text,
            IntervalField start,
            IntervalField end,
            int leadingPrecision,
            int fractionalPrecision) {
        return read(text, start, end, leadingPrecision, fractionalPrecision, true);
    }

    private static Value read(
            String text,
            IntervalField start,
            IntervalField end,
            int leadingPrecision,
            int fractionalPrecision,
            boolean explain) {
        IntervalField last = end == null ? start : end;
        int leading = leadingPrecision < 0 ? DEFAULT_LEADING_PRECISION : leadingPrecision;
        int fraction = fractionalPrecision < 0 ? DEFAULT_FRACTIONAL_PRECISION : fractionalPrecision;
        String s = text.strip();
        int pos = 0;
        boolean negative = false;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        long months = 0;
        long seconds = 0;
        long nanos = 0;
        for (int f = start.ordinal(); f <= last.ordinal(); f++) {
            IntervalField field = IntervalField.values()[f];
            if (f > start.ordinal()) {
                char sep = separatorBefore(field);
                if (pos >= s.length() || s.charAt(pos) != sep) {
                    return explain ? fail("expected '" + sep + "' before the " + field) : null;
                }
                pos++;
            }
            int digitsStart = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            int digits = pos - digitsStart;
            if (digits == 0 || digits > 18) {
                return explain ? fail("expected the digits of the " + field) : null;
            }
            long v = Long.parseLong(s, digitsStart, pos, 10);
            if (f == start.ordinal()) {
                if (digits > leading && digitCount(v) > leading) {
                    return explain
                            ? fail(
                                    "the leading field "
                                            + s.substring(digitsStart, pos)
                                            + " has more than "
                                            + leading
                                            + " digits")
                            : null;
                }
            } else if (digits > 2 || v >= bound(field)) {
                return explain
                        ? fail(
                                "the "
                                        + field
                                        + " "
                                        + s.substring(digitsStart, pos)
                                        + " must be below "
                                        + bound(field))
                        : null;
            }
            switch (field) {
                case YEAR -> months += v * 12;
                case MONTH -> months += v;
                default -> seconds += v * UNIT_SECONDS[field.ordinal()];
            }
            if (field == IntervalField.SECOND && pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                int fracStart = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                int fracDigits = pos - fracStart;
                if (fracDigits == 0 || fracDigits > 9) {
                    return explain ? fail("the fraction must have 1 to 9 digits") : null;
                }
                for (int i = 0; i < 9; i++) {
                    int d = i < fracDigits && i < fraction ? s.charAt(fracStart + i) - '0' : 0;
                    nanos = nanos * 10 + d;
                }
            }
        }
        if (pos != s.length()) {
            return explain ? fail("unexpected '" + s.substring(pos) + "'") : null;
        }
        if (start.isYearMonth()) {
            return Value.ofIntervalYearMonth(negative ? -months : months);
        }
        return negative
                ? Value.ofIntervalDayTime(-seconds, -nanos)
                : Value.ofIntervalDayTime(seconds, nanos);
    }

    private static Value fail(String why) {
        throw new IllegalArgumentException(why);
    }

    private static char separatorBefore(IntervalField field) {
        return switch (field) {
            case MONTH -> '-';
            case HOUR -> ' ';
            default -> ':';
        };
    }

    private static long bound(IntervalField field) {
        return switch (field) {
            case MONTH -> 12;
            case HOUR -> 24;
            default -> 60;
        };
    }

    /** The number of decimal digits of {@code v} (at least 1). */
    private static int digitCount(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
