package org.partiqlvm.engine.fn;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The shared code of the {@code date_add_*} and {@code date_diff_*} functions.
 *
 * <p>DATE_ADD: a DATE plus years, months or days stays a DATE, plus hours, minutes or seconds
 * becomes a TIMESTAMP at midnight plus that; a TIMESTAMP keeps its offset; a TIME takes hours,
 * minutes and seconds only (wrapping around midnight). Months added to the 31st clamp to the end of
 * the month. DATE_DIFF counts whole units from the first argument to the second, truncating toward
 * zero ({@code java.time} {@code between}); DATEs and TIMESTAMPs mix (values without time zone read
 * in UTC), TIMEs only with TIMEs and only in hours, minutes or seconds. The suite's
 * partiql-tests-data-extended (not available here) covers these functions; these rules follow
 * {@code java.time} and the SQL datetime arithmetic above.
 */
final class DateAddDiff {

    private static final long MAX_AMOUNT = 400_000_000L;

    private DateAddDiff() {}

    /** {@code date_add_<unit>(amount, datetime)}. */
    static void add(ChronoUnit unit, Slot[] args, Slot out, CallSite site) {
        if (!Args.expect(args[0], KindSet.INT, 0, out, site)
                || !Args.expect(args[1], KindSet.DATETIME, 1, out, site)) {
            return;
        }
        long n = Numbers.clampedLong(args[0]);
        if (n > MAX_AMOUNT || n < -MAX_AMOUNT) { // not Math.abs: it keeps Long.MIN_VALUE negative
            site.dataError(out, "datetime out of range");
            return;
        }
        Value v = args[1].toValue();
        boolean dateUnit = unit.isDateBased();
        if (v instanceof TimeValue t) {
            if (dateUnit) {
                site.typeMismatch(out, 1, "DATE or TIMESTAMP", ValueKind.TIME);
                return;
            }
            LocalTime time = t.time().plus(n, unit);
            out.setValue(
                    Value.ofTime(
                            time, t.offset(), DateTimes.precision(t.precision(), time.getNano())));
            return;
        }
        if (v instanceof DateValue d && dateUnit) {
            var date = d.date().plus(n, unit);
            if (DateTimes.inRange(date)) {
                out.setValue(Value.ofDate(date));
            } else {
                site.dataError(out, "date out of range");
            }
            return;
        }
        LocalDateTime base = DateTimeFunctions.dateTime(v);
        LocalDateTime result = base.plus(n, unit);
        if (!DateTimes.inRange(result.toLocalDate())) {
            site.dataError(out, "timestamp out of range");
        } else if (v instanceof TimestampValue t) {
            out.setValue(
                    Value.ofTimestamp(
                            result,
                            t.offset(),
                            DateTimes.precision(t.precision(), result.getNano())));
        } else {
            out.setValue(Value.ofTimestamp(result));
        }
    }

    /** {@code date_diff_<unit>(a, b)}. */
    static void diff(ChronoUnit unit, Slot[] args, Slot out, CallSite site) {
        if (!Args.expect(args[0], KindSet.DATETIME, 0, out, site)
                || !Args.expect(args[1], KindSet.DATETIME, 1, out, site)) {
            return;
        }
        Value a = args[0].toValue();
        Value b = args[1].toValue();
        if (a instanceof TimeValue x && b instanceof TimeValue y) {
            if (unit.isDateBased()) {
                site.typeMismatch(out, 0, "DATE or TIMESTAMP", ValueKind.TIME);
                return;
            }
            long nanos = y.utcNanoOfDay() - x.utcNanoOfDay();
            out.setLong(nanos / unit.getDuration().toNanos());
            return;
        }
        if (a instanceof TimeValue || b instanceof TimeValue) {
            site.typeError(
                    out, "cannot take the difference of " + a.typeName() + " and " + b.typeName());
            return;
        }
        OffsetDateTime x = DateTimeFunctions.instant(a);
        OffsetDateTime y = DateTimeFunctions.instant(b);
        out.setLong(unit.between(x, y));
    }
}
