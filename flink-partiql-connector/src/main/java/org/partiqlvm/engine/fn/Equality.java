package org.partiqlvm.engine.fn;

import java.util.Arrays;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.NumericComparison;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.ValueOrdering;

/**
 * The value comparisons behind PartiQL's {@code =} and {@code <}: deep equality of any two values,
 * and the order of comparable scalars.
 *
 * <p>Equality ({@link #equal}) never fails: values of unrelated types are simply unequal ({@code 5
 * = 'a'} is false, spec-tests section 7). Numbers compare by value across INT, DECIMAL and FLOAT;
 * text by characters (STRING and SYMBOL alike, case-sensitive); DATE and TIMESTAMP by instant and
 * TIMEs by UTC time of day, a value without time zone being read in UTC ({@link DateTimes}); LISTs
 * and SEXPs element-wise; BAGs and STRUCTs as multisets (of elements, of name/value fields). Inside
 * collections NULL and MISSING equal each other: {@code [1, 2e0, NULL] = [1.0, 2, MISSING]} is true
 * (nary-operators.ion). Bags and structs out of order are matched pairwise (quadratic; fine for the
 * small nested values of a row).
 */
public final class Equality {

    private Equality() {}

    /** Deep equality of two values; an unknown equals only another unknown. */
    public static boolean equal(Value a, Value b) {
        if (a == b) {
            return true;
        }
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (ka.isUnknown() || kb.isUnknown()) {
            return ka.isUnknown() && kb.isUnknown();
        }
        if (ka.isNumber() && kb.isNumber()) {
            return NumericComparison.compare(a, b) == 0;
        }
        if (ka.isText() && kb.isText()) {
            return a.asString().equals(b.asString());
        }
        if (ka.isLob() && kb.isLob()) {
            return Arrays.equals(a.asBytes(), b.asBytes());
        }
        if (DateTimes.isDateOrTimestamp(ka) && DateTimes.isDateOrTimestamp(kb)) {
            return DateTimes.compareInstants(a, b) == 0;
        }
        if (ka != kb) {
            return false;
        }
        switch (ka) {
            case BOOL:
                return a.booleanValue() == b.booleanValue();
            case TIME:
                return DateTimes.compareTimes(a, b) == 0;
            case INTERVAL_YEAR_MONTH:
                return ((IntervalYearMonthValue) a).totalMonths()
                        == ((IntervalYearMonthValue) b).totalMonths();
            case INTERVAL_DAY_TIME:
                IntervalDayTimeValue x = (IntervalDayTimeValue) a;
                IntervalDayTimeValue y = (IntervalDayTimeValue) b;
                return x.totalSeconds() == y.totalSeconds()
                        && x.nanoAdjustment() == y.nanoAdjustment();
            case LIST:
            case SEXP:
                return sequencesEqual(a, b);
            case BAG:
                return bagsEqual(a, b);
            case STRUCT:
                return structsEqual(a, b);
            default:
                return false;
        }
    }

    /**
     * True when {@code a < b} and friends are defined for the pair: two numbers, two texts, two
     * BOOLs, DATE/TIMESTAMP with DATE/TIMESTAMP, two TIMEs, two intervals of one family.
     */
    public static boolean comparable(ValueKind ka, ValueKind kb) {
        if (ka.isNumber()) {
            return kb.isNumber();
        }
        if (ka.isText()) {
            return kb.isText();
        }
        if (DateTimes.isDateOrTimestamp(ka)) {
            return DateTimes.isDateOrTimestamp(kb);
        }
        return ka == kb
                && (ka == ValueKind.BOOL
                        || ka == ValueKind.TIME
                        || ka == ValueKind.INTERVAL_YEAR_MONTH
                        || ka == ValueKind.INTERVAL_DAY_TIME);
    }

    /** True for the kinds that take part in some {@code <} comparison. */
    static boolean orderable(ValueKind k) {
        return k.isNumber()
                || k.isText()
                || k.isDateTime()
                || k.isInterval()
                || k == ValueKind.BOOL;
    }

    /**
     * Compares two {@link #comparable} values: negative, zero or positive. Numbers by value (NaN
     * lowest, as in ORDER BY), text by code points, false before true.
     */
    public static int compare(Value a, Value b) {
        ValueKind ka = a.kind();
        if (ka.isNumber()) {
            return NumericComparison.compare(a, b);
        }
        if (ka.isText()) {
            return ValueOrdering.compareCodePoints(a.asString(), b.asString());
        }
        if (DateTimes.isDateOrTimestamp(ka)) {
            return DateTimes.compareInstants(a, b);
        }
        switch (ka) {
            case BOOL:
                return Boolean.compare(a.booleanValue(), b.booleanValue());
            case TIME:
                return DateTimes.compareTimes(a, b);
            case INTERVAL_YEAR_MONTH:
                return Long.compare(
                        ((IntervalYearMonthValue) a).totalMonths(),
                        ((IntervalYearMonthValue) b).totalMonths());
            default:
                IntervalDayTimeValue x = (IntervalDayTimeValue) a;
                IntervalDayTimeValue y = (IntervalDayTimeValue) b;
                int c = Long.compare(x.totalSeconds(), y.totalSeconds());
                return c != 0 ? c : Integer.compare(x.nanoAdjustment(), y.nanoAdjustment());
        }
    }

    private static boolean sequencesEqual(Value a, Value b) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean bagsEqual(Value a, Value b) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        int i = 0;
        while (i < n && equal(a.get(i), b.get(i))) {
            i++;
        }
        if (i == n) {
            return true;
        }
        // Greedy matching is exact: equality is an equivalence relation.
        boolean[] used = new boolean[n];
        for (int p = i; p < n; p++) {
            Value x = a.get(p);
            boolean found = false;
            for (int q = i; q < n; q++) {
                if (!used[q] && equal(x, b.get(q))) {
                    used[q] = true;
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean structsEqual(Value a, Value b) {
        int n = a.fieldCount();
        if (n != b.fieldCount()) {
            return false;
        }
        int i = 0;
        while (i < n && fieldEqual(a, i, b, i)) {
            i++;
        }
        if (i == n) {
            return true;
        }
        boolean[] used = new boolean[n];
        for (int p = i; p < n; p++) {
            boolean found = false;
            for (int q = i; q < n; q++) {
                if (!used[q] && fieldEqual(a, p, b, q)) {
                    used[q] = true;
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean fieldEqual(Value a, int i, Value b, int j) {
        return a.fieldName(i).equals(b.fieldName(j)) && equal(a.fieldValue(i), b.fieldValue(j));
    }
}
