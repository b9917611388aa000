package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.DateTimeText;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.IntervalText;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/** The datetime and interval half of {@link Casts}. */
final class TemporalCasts {

    private static final int[] POW10 = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };
    private static final long[] UNIT_SECONDS = {0, 0, 86_400, 3_600, 60, 1};

    private TemporalCasts() {}

    /** CAST to DATE, TIME or TIMESTAMP. */
    static void toDateTime(Slot v, CastTarget t, Slot out, CallSite site) {
        Value source;
        ValueKind k = v.kind();
        if (k.isText()) {
            String text = v.getString();
            source =
                    switch (t.type()) {
                        case DATE -> DateTimeText.parseDate(text);
                        case TIME -> DateTimeText.parseTime(text);
                        default -> DateTimeText.parseTimestamp(text);
                    };
            if (source == null) {
                site.dataError(out, "cannot cast '" + text + "' to " + t);
                return;
            }
        } else if (k == ValueKind.DATE
                || k == ValueKind.TIMESTAMP
                || (k == ValueKind.TIME && t.type() == CastTarget.Type.TIME)) {
            source = v.toValue();
        } else {
            Casts.mismatch(v, t, out, site);
            return;
        }
        switch (t.type()) {
            case DATE ->
                    out.setValue(
                            source instanceof DateValue
                                    ? source
                                    : Value.ofDate(
                                            ((TimestampValue) source).dateTime().toLocalDate()));
            case TIME -> {
                LocalTime time;
                ZoneOffset offset;
                int precision;
                if (source instanceof TimeValue tv) {
                    time = tv.time();
                    offset = tv.offset();
                    precision = tv.precision();
                } else if (source instanceof TimestampValue ts) {
                    time = ts.dateTime().toLocalTime();
                    offset = ts.offset();
                    precision = ts.precision();
                } else {
                    Casts.mismatch(v, t, out, site);
                    return;
                }
                int p = t.precision() == CastTarget.UNSPECIFIED ? precision : t.precision();
                time = time.withNano(truncate(time.getNano(), p));
                out.setValue(Value.ofTime(time, zone(offset, t), p));
            }
            default -> {
                LocalDateTime dt;
                ZoneOffset offset;
                int precision;
                if (source instanceof DateValue d) {
                    dt = d.date().atStartOfDay();
                    offset = null;
                    precision = 0;
                } else {
                    TimestampValue ts = (TimestampValue) source;
                    dt = ts.dateTime();
                    offset = ts.offset();
                    precision = ts.precision();
                }
                int p = t.precision() == CastTarget.UNSPECIFIED ? precision : t.precision();
                dt = dt.withNano(truncate(dt.getNano(), p));
                out.setValue(Value.ofTimestamp(dt, zone(offset, t), p));
            }
        }
    }

    /** CAST to an interval type. */
    static void toInterval(Slot v, CastTarget t, Slot out, CallSite site) {
        ValueKind k = v.kind();
        Value interval;
        if (k.isText()) {
            interval =
                    IntervalText.parse(
                            v.getString(),
                            t.intervalStart(),
                            t.intervalEnd(),
                            t.precision(),
                            t.scale());
            if (interval == null) {
                site.dataError(out, "cannot cast '" + v.getString() + "' to " + t);
                return;
            }
        } else if (k.isInterval()) {
            interval = v.toValue();
            boolean yearMonth = k == ValueKind.INTERVAL_YEAR_MONTH;
            if (yearMonth != (t.type() == CastTarget.Type.INTERVAL_YEAR_MONTH)) {
                Casts.mismatch(v, t, out, site);
                return;
            }
        } else if ((k == ValueKind.INT || k == ValueKind.DECIMAL) && t.intervalEnd() == null) {
            interval = fromNumber(Numbers.decimal(v), t.intervalStart());
            if (interval == null) {
                site.dataError(out, v.toValue() + " cannot be an " + t);
                return;
            }
        } else {
            Casts.mismatch(v, t, out, site);
            return;
        }
        Value fitted = fit(interval, t);
        if (fitted == null) {
            site.dataError(out, "the interval overflows " + t);
        } else {
            out.setValue(fitted);
        }
    }

    /**
     * {@code interval} fitted to the interval type {@code target}: truncated to its trailing field
     * (and to its fractional precision, 6 by default), or null when the leading field overflows the
     * target's leading precision (2 by default) or the families differ.
     */
    static Value fit(Value interval, CastTarget target) {
        IntervalField start = target.intervalStart();
        IntervalField end = target.intervalEnd() == null ? start : target.intervalEnd();
        int leading = target.precision() == CastTarget.UNSPECIFIED ? 2 : target.precision();
        if (interval instanceof IntervalYearMonthValue ym) {
            if (target.type() != CastTarget.Type.INTERVAL_YEAR_MONTH) {
                return null;
            }
            long months = ym.totalMonths();
            long abs = Math.abs(months);
            long lead = start == IntervalField.YEAR ? abs / 12 : abs;
            if (Numbers.digits(lead) > leading) {
                return null;
            }
            long kept = end == IntervalField.YEAR ? months / 12 * 12 : months;
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
        if (end == IntervalField.SECOND) {
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

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }

    /** A single-field interval of {@code n} units, or null when it cannot be one. */
    private static Value fromNumber(BigDecimal n, IntervalField field) {
        if (field == IntervalField.YEAR || field == IntervalField.MONTH) {
            if (!BoundedDecimals.mayFit(n, 40) || n.stripTrailingZeros().scale() > 0) {
                return null;
            }
            BigInteger months =
                    n.toBigInteger()
                            .multiply(BigInteger.valueOf(field == IntervalField.YEAR ? 12 : 1));
            return months.bitLength() > 62 ? null : Value.ofIntervalYearMonth(months.longValue());
        }
        if (!BoundedDecimals.mayFit(n, 40)) {
            return null;
        }
        BigDecimal seconds = n.multiply(BigDecimal.valueOf(UNIT_SECONDS[field.ordinal()]));
        BigInteger nanos =
                BoundedDecimals.setScale(seconds.movePointRight(9), 0, RoundingMode.DOWN)
                        .toBigInteger();
        BigInteger[] qr = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
        if (qr[0].bitLength() > 62) {
            return null;
        }
        return Value.ofIntervalDayTime(qr[0].longValue(), qr[1].longValue());
    }

    /** The offset a cast result has: the source's or UTC WITH TIME ZONE, none without. */
    private static ZoneOffset zone(ZoneOffset source, CastTarget t) {
        if (!t.withTimeZone()) {
            return null;
        }
        return source != null ? source : ZoneOffset.UTC;
    }

    private static int truncate(int nanos, int precision) {
        int step = POW10[9 - precision];
        return nanos / step * step;
    }
}
