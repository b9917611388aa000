package org.partiqlvm.value;

import java.util.Arrays;
import java.util.Objects;

/**
 * PartiQL value equivalence: the equality of GROUP BY, DISTINCT, set operators and the conformance
 * comparison, with a consistent {@link #hash(Value)}.
 *
 * <p>Two values are equivalent when:
 *
 * <ul>
 *   <li>both are MISSING, or both are NULL (typed nulls included: {@code null.int} ≡ {@code NULL});
 *       MISSING is never equivalent to NULL;
 *   <li>both are numbers of equal value across INT, DECIMAL and FLOAT ({@code 1 ≡ 1.0 ≡ 1.00 ≡
 *       1e0}; NaN ≡ NaN; -0.0 ≡ 0); see {@link NumericComparison};
 *   <li>both are text (STRING or SYMBOL) with the same characters, or both LOBs (BLOB or CLOB) with
 *       the same bytes;
 *   <li>both are equal BOOLs, DATEs or intervals; both TIMEs or TIMESTAMPs with the same time zone
 *       presence and the same UTC time (with zone) or local time (without), any precision;
 *   <li>both are LISTs (or both SEXPs) with pairwise equivalent elements in order;
 *   <li>both are BAGs that are equal as multisets of equivalence classes;
 *   <li>both are STRUCTs equal as multisets of (name, value) pairs, names compared
 *       case-sensitively.
 * </ul>
 *
 * Equivalence agrees with {@link ValueOrdering}: {@code compare(a, b) == 0} exactly when {@code
 * equivalent(a, b)}. Scalars compare without allocating; bags and structs in the same order compare
 * pairwise, and otherwise sort copies (n log n).
 *
 * <p>{@link Value#equals(Object)} is the exact variant: same kind and representation.
 */
public final class ValueEquivalence {

    private static final int MISSING_HASH = 0x6d697373;
    private static final int NULL_HASH = 0x6e756c6c;

    private ValueEquivalence() {}

    /** True when {@code a} and {@code b} are equivalent (see the class comment). */
    public static boolean equivalent(Value a, Value b) {
        return equal(a, b, false);
    }

    /** Exact equality, the definition of {@link Value#equals(Object)}. */
    static boolean exactlyEqual(Value a, Value b) {
        return equal(a, b, true);
    }

    private static boolean equal(Value a, Value b, boolean exact) {
        if (a == b) {
            return true;
        }
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (ka != kb) {
            if (exact) {
                return false;
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
            return false;
        }
        switch (ka) {
            case MISSING:
                return true;
            case NULL:
                return !exact || ((NullValue) a).declaredKind() == ((NullValue) b).declaredKind();
            case BOOL:
                return a.booleanValue() == b.booleanValue();
            case INT:
                if (a.fitsLong() || b.fitsLong()) {
                    return a.fitsLong() && b.fitsLong() && a.asLong() == b.asLong();
                }
                return a.asBigInteger().equals(b.asBigInteger());
            case DECIMAL:
                return exact
                        ? a.asBigDecimal().equals(b.asBigDecimal())
                        : a.asBigDecimal().compareTo(b.asBigDecimal()) == 0;
            case FLOAT:
                return exact
                        ? Double.doubleToLongBits(a.asDouble())
                                == Double.doubleToLongBits(b.asDouble())
                        : NumericComparison.compareDoubles(a.asDouble(), b.asDouble()) == 0;
            case STRING:
            case SYMBOL:
                return a.asString().equals(b.asString());
            case BLOB:
            case CLOB:
                return Arrays.equals(a.asBytes(), b.asBytes());
            case DATE:
                return ((DateValue) a).date().equals(((DateValue) b).date());
            case TIME:
                return timesEqual((TimeValue) a, (TimeValue) b, exact);
            case TIMESTAMP:
                return timestampsEqual((TimestampValue) a, (TimestampValue) b, exact);
            case INTERVAL_YEAR_MONTH:
                return ((IntervalYearMonthValue) a).totalMonths()
                        == ((IntervalYearMonthValue) b).totalMonths();
            case INTERVAL_DAY_TIME:
                return ((IntervalDayTimeValue) a).totalSeconds()
                                == ((IntervalDayTimeValue) b).totalSeconds()
                        && ((IntervalDayTimeValue) a).nanoAdjustment()
                                == ((IntervalDayTimeValue) b).nanoAdjustment();
            case LIST:
            case SEXP:
                return sequencesEqual(a, b, exact);
            case BAG:
                return bagsEqual(a, b, exact);
            case STRUCT:
                return structsEqual(a, b, exact);
            default:
                throw new AssertionError(ka);
        }
    }

    private static boolean timesEqual(TimeValue a, TimeValue b, boolean exact) {
        if (exact) {
            return a.time().equals(b.time())
                    && Objects.equals(a.offset(), b.offset())
                    && a.precision() == b.precision();
        }
        return a.hasTimeZone() == b.hasTimeZone() && a.utcNanoOfDay() == b.utcNanoOfDay();
    }

    private static boolean timestampsEqual(TimestampValue a, TimestampValue b, boolean exact) {
        if (exact) {
            return a.dateTime().equals(b.dateTime())
                    && Objects.equals(a.offset(), b.offset())
                    && a.precision() == b.precision();
        }
        return a.hasTimeZone() == b.hasTimeZone()
                && a.epochSecond() == b.epochSecond()
                && a.nano() == b.nano();
    }

    private static boolean sequencesEqual(Value a, Value b, boolean exact) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!equal(a.get(i), b.get(i), exact)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bagsEqual(Value a, Value b, boolean exact) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        if (sequencesEqual(a, b, exact)) {
            return true; // same order: the common case
        }
        ValueOrdering order = ValueOrdering.NULLS_FIRST;
        Value[] x = ValueOrdering.sortedElements(a, order);
        Value[] y = ValueOrdering.sortedElements(b, order);
        for (int i = 0; i < n; i++) {
            if (order.compare(x[i], y[i]) != 0) {
                return false;
            }
        }
        if (!exact) {
            return true;
        }
        // Equal as multisets of equivalence classes; within each class (a run of equivalent
        // elements, at the same positions in x and y) match exactly-equal elements.
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && order.compare(x[start], x[end]) == 0) {
                end++;
            }
            if (!runsMatchExactly(x, y, start, end)) {
                return false;
            }
            start = end;
        }
        return true;
    }

    private static boolean runsMatchExactly(Value[] x, Value[] y, int start, int end) {
        boolean[] used = new boolean[end - start];
        outer:
        for (int i = start; i < end; i++) {
            for (int j = start; j < end; j++) {
                if (!used[j - start] && equal(x[i], y[j], true)) {
                    used[j - start] = true;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean structsEqual(Value a, Value b, boolean exact) {
        int n = a.fieldCount();
        if (n != b.fieldCount()) {
            return false;
        }
        boolean sameOrder = true;
        for (int i = 0; i < n && sameOrder; i++) {
            sameOrder =
                    a.fieldName(i).equals(b.fieldName(i))
                            && equal(a.fieldValue(i), b.fieldValue(i), exact);
        }
        if (sameOrder) {
            return true;
        }
        ValueOrdering order = ValueOrdering.NULLS_FIRST;
        ValueOrdering.Field[] x = ValueOrdering.sortedFields(a, order);
        ValueOrdering.Field[] y = ValueOrdering.sortedFields(b, order);
        for (int i = 0; i < n; i++) {
            if (order.compareField(x[i], y[i]) != 0) {
                return false;
            }
        }
        if (!exact) {
            return true;
        }
        Value[] xv = new Value[n];
        Value[] yv = new Value[n];
        for (int i = 0; i < n; i++) {
            xv[i] = x[i].value();
            yv[i] = y[i].value();
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && order.compareField(x[start], x[end]) == 0) {
                end++;
            }
            if (!runsMatchExactly(xv, yv, start, end)) {
                return false;
            }
            start = end;
        }
        return true;
    }

    // ---------------------------------------------------------------- hashing

    /**
     * A hash consistent with {@link #equivalent} (and therefore with {@link Value#equals}): equal
     * for {@code 1}, {@code 1.0}, {@code 1.00} and {@code 1e0}, for a STRING and a SYMBOL of the
     * same text, for bags with the same elements in any order and for structs with the same fields
     * in any order. Allocation-free except for some DECIMALs (see {@link
     * NumericComparison#hash(Value)}).
     */
    public static int hash(Value v) {
        switch (v.kind()) {
            case MISSING:
                return MISSING_HASH;
            case NULL:
                return NULL_HASH;
            case BOOL:
                return v.booleanValue() ? 1231 : 1237;
            case INT:
            case DECIMAL:
            case FLOAT:
                return NumericComparison.hash(v);
            case STRING:
            case SYMBOL:
                return v.asString().hashCode();
            case BLOB:
            case CLOB:
                return Arrays.hashCode(v.asBytes());
            case DATE:
                return ((DateValue) v).date().hashCode();
            case TIME:
                {
                    TimeValue t = (TimeValue) v;
                    return mix(Long.hashCode(t.utcNanoOfDay()) + (t.hasTimeZone() ? 1 : 0));
                }
            case TIMESTAMP:
                {
                    TimestampValue t = (TimestampValue) v;
                    return mix(Long.hashCode(t.epochSecond()) * 31 + t.nano());
                }
            case INTERVAL_YEAR_MONTH:
                return mix(Long.hashCode(((IntervalYearMonthValue) v).totalMonths()));
            case INTERVAL_DAY_TIME:
                {
                    IntervalDayTimeValue d = (IntervalDayTimeValue) v;
                    return mix(Long.hashCode(d.totalSeconds()) * 31 + d.nanoAdjustment()) + 7;
                }
            case LIST:
            case SEXP:
                {
                    int h = v.kind() == ValueKind.LIST ? 1 : 2;
                    for (int i = 0, n = v.size(); i < n; i++) {
                        h = 31 * h + hash(v.get(i));
                    }
                    return h;
                }
            case BAG:
                {
                    int h = 3;
                    for (int i = 0, n = v.size(); i < n; i++) {
                        h += mix(hash(v.get(i)));
                    }
                    return h;
                }
            case STRUCT:
                {
                    int h = 4;
                    for (int i = 0, n = v.fieldCount(); i < n; i++) {
                        h += mix(v.fieldName(i).hashCode() * 31 + hash(v.fieldValue(i)));
                    }
                    return h;
                }
            default:
                throw new AssertionError(v.kind());
        }
    }

    /** Murmur3's 32-bit finalizer: spreads bits so that sums of element hashes don't collide. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
