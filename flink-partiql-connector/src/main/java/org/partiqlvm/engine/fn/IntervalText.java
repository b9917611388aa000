package org.partiqlvm.engine.fn;

import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.Value;

/**
 * Interval text and interval precision rules: reads the body of {@code INTERVAL '<text>'
 * <qualifier>} (also for {@code CAST(<string> AS INTERVAL ...)}), and fits an interval value to an
 * interval type.
 *
 * <p>Text (interval.ion): an optional sign, then the qualifier's fields: {@code Y-M}, {@code D
 * H:M:S.f}, {@code H:M}, ... The leading field may have up to its precision in digits (2 by
 * default: {@code '100' DAY} is invalid, {@code '999' MONTH(3)} is 83 years 3 months); the others
 * are bounded (months below 12, hours 24, minutes and seconds 60); a fraction of more than 9 digits
 * is invalid, one of more than the fractional precision (6 by default) is truncated.
 */
public final class IntervalText {

    private static final long[] UNIT_SECONDS = {0, 0, 86_400, 3_600, 60, 1};

    private IntervalText() {}

    /**
     * The interval written in {@code text} for the interval type {@code qualifier}, or null when
     * the text does not fit it.
     */
    public static Value parse(String text, CastTarget qualifier) {
        DatetimeField start = qualifier.intervalStart();
        DatetimeField end = qualifier.intervalEnd() == null ? start : qualifier.intervalEnd();
        int leading = qualifier.precision() == CastTarget.UNSPECIFIED ? 2 : qualifier.precision();
        int fraction = qualifier.scale() == CastTarget.UNSPECIFIED ? 6 : qualifier.scale();
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
        for (int f = start.ordinal(); f <= end.ordinal(); f++) {
            DatetimeField field = DatetimeField.values()[f];
            if (f > start.ordinal()) {
                char sep = separatorBefore(field);
                if (pos >= s.length() || s.charAt(pos) != sep) {
                    return null;
                }
                pos++;
            }
            int digitsStart = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            int digits = pos - digitsStart;
            if (digits == 0 || digits > 18) {
                return null;
            }
            long v = Long.parseLong(s, digitsStart, pos, 10);
            if (f == start.ordinal()) {
                if (digits > leading && Numbers.digits(v) > leading) {
                    return null;
                }
            } else if (digits > 2 || v >= bound(field)) {
                return null;
            }
            switch (field) {
                case YEAR -> months += v * 12;
                case MONTH -> months += v;
                default -> seconds += v * UNIT_SECONDS[field.ordinal()];
            }
            if (field == DatetimeField.SECOND && pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                int fracStart = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                int fracDigits = pos - fracStart;
                if (fracDigits == 0 || fracDigits > 9) {
                    return null;
                }
                for (int i = 0; i < 9; i++) {
                    int d = i < fracDigits && i < fraction ? s.charAt(fracStart + i) - '0' : 0;
                    nanos = nanos * 10 + d;
                }
            }
        }
        if (pos != s.length()) {
            return null;
        }
        if (start == DatetimeField.YEAR || start == DatetimeField.MONTH) {
            return Value.ofIntervalYearMonth(negative ? -months : months);
        }
        return negative
                ? Value.ofIntervalDayTime(-seconds, -nanos)
                : Value.ofIntervalDayTime(seconds, nanos);
    }

    /**
     * {@code interval} fitted to the interval type {@code target}: truncated to its trailing field
     * (and to its fractional precision, 6 by default), or null when the leading field overflows the
     * target's leading precision (2 by default) or the families differ.
     */
    public static Value fit(Value interval, CastTarget target) {
        DatetimeField start = target.intervalStart();
        DatetimeField end = target.intervalEnd() == null ? start : target.intervalEnd();
        int leading = target.precision() == CastTarget.UNSPECIFIED ? 2 : target.precision();
        if (interval instanceof IntervalYearMonthValue ym) {
            if (target.type() != CastTarget.Type.INTERVAL_YEAR_MONTH) {
                return null;
            }
            long months = ym.totalMonths();
            long abs = Math.abs(months);
            long lead = start == DatetimeField.YEAR ? abs / 12 : abs;
            if (Numbers.digits(lead) > leading) {
                return null;
            }
            long kept = end == DatetimeField.YEAR ? months / 12 * 12 : months;
            return kept == months ? interval : Value.ofIntervalYearMonth(kept);
        }
        if (!(interval instanceof IntervalDayTimeValue dt)
                || target.type() != CastTarget.Type.INTERVAL_DAY_TIME) {
            return null;
        }
        long absSeconds =
                dt.days() * 86_400 + dt.hours() * 3_600L + dt.minutes() * 60L + dt.seconds();
        if (Numbers.digits(absSeconds / UNIT_SECONDS[start.ordinal()]) > leading) {
            return null;
        }
        long unit = UNIT_SECONDS[end.ordinal()];
        long keptSeconds = absSeconds / unit * unit;
        long keptNanos = 0;
        if (end == DatetimeField.SECOND) {
            int fraction = target.scale() == CastTarget.UNSPECIFIED ? 6 : target.scale();
            long step = pow10(9 - fraction);
            keptNanos = dt.nanos() / step * step;
        }
        if (keptSeconds == absSeconds && keptNanos == dt.nanos()) {
            return interval;
        }
        return dt.signum() < 0
                ? Value.ofIntervalDayTime(-keptSeconds, -keptNanos)
                : Value.ofIntervalDayTime(keptSeconds, keptNanos);
    }

    private static char separatorBefore(DatetimeField field) {
        return switch (field) {
            case MONTH -> '-';
            case HOUR -> ' ';
            default -> ':';
        };
    }

    private static long bound(DatetimeField field) {
        return switch (field) {
            case MONTH -> 12;
            case HOUR -> 24;
            default -> 60;
        };
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
