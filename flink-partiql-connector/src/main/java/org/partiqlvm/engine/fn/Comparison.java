package org.partiqlvm.engine.fn;

import org.partiqlvm.value.NumericComparison;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The comparison predicates {@code = <> < <= > >=}, {@code BETWEEN}, {@code IN} and {@code NOT IN}.
 *
 * <p>Each reads slots and stores a BOOL, NULL or MISSING into {@code out} (which may be an
 * operand). {@code long}-sized INTs, FLOATs and texts compare without allocating.
 *
 * <ul>
 *   <li>{@code =} and {@code <>} never fail ({@code 5 = 'a'} is false) and compare deeply ({@link
 *       Equality}). With an unknown operand the result is NULL if either is NULL, else MISSING: the
 *       suite has {@code NULL = MISSING} and {@code null.int = MISSING} NULL, but {@code MISSING =
 *       MISSING} MISSING (null.ion, spec-tests section 7).
 *   <li>{@code <}, {@code <=}, {@code >}, {@code >=} need {@link Equality#comparable} operands;
 *       others are a type error ({@code 5 > 'a'}, spec-tests). A MISSING operand gives MISSING,
 *       else a NULL gives NULL, unless the known operand can never be ordered (a STRUCT).
 *   <li>{@code v BETWEEN lo AND hi} is {@code v >= lo AND v <= hi} in three-valued logic ({@code 5
 *       BETWEEN NULL AND 2} is false), MISSING when either half is MISSING and neither is false.
 *   <li>{@code v IN c} is true when an element of collection {@code c} equals {@code v}, else NULL
 *       when {@code v} or an element is unknown, else false. Suite asymmetry kept on purpose
 *       (in-operator.ion): a right operand that is not a collection makes {@code IN} MISSING in
 *       both modes but {@code NOT IN} a type error.
 * </ul>
 */
public final class Comparison {

    private static final int LT = 0;
    private static final int LE = 1;
    private static final int GT = 2;
    private static final int GE = 3;

    private Comparison() {}

    /** {@code a = b}. */
    public static void eq(Slot a, Slot b, Slot out, CallSite site) {
        int t = equalTruth(a, b);
        Truth.store(t, out);
    }

    /** {@code a <> b} (also written {@code !=}). */
    public static void ne(Slot a, Slot b, Slot out, CallSite site) {
        int t = equalTruth(a, b);
        Truth.store(t <= Truth.TRUE ? 1 - t : t, out);
    }

    /** {@code a < b}. */
    public static void lt(Slot a, Slot b, Slot out, CallSite site) {
        Truth.store(orderTruth(LT, a, b, 0, 1, out, site), out);
    }

    /** {@code a <= b}. */
    public static void le(Slot a, Slot b, Slot out, CallSite site) {
        Truth.store(orderTruth(LE, a, b, 0, 1, out, site), out);
    }

    /** {@code a > b}. */
    public static void gt(Slot a, Slot b, Slot out, CallSite site) {
        Truth.store(orderTruth(GT, a, b, 0, 1, out, site), out);
    }

    /** {@code a >= b}. */
    public static void ge(Slot a, Slot b, Slot out, CallSite site) {
        Truth.store(orderTruth(GE, a, b, 0, 1, out, site), out);
    }

    /** {@code v BETWEEN lo AND hi}; NOT BETWEEN is {@link Logical#not} of it. */
    public static void between(Slot v, Slot lo, Slot hi, Slot out, CallSite site) {
        int low = orderTruth(GE, v, lo, 0, 1, out, site);
        if (low == Truth.REPORTED) {
            return;
        }
        int high = orderTruth(LE, v, hi, 0, 2, out, site);
        if (high == Truth.REPORTED) {
            return;
        }
        int t;
        if (low == Truth.FALSE || high == Truth.FALSE) {
            t = Truth.FALSE;
        } else if (low == Truth.TRUE && high == Truth.TRUE) {
            t = Truth.TRUE;
        } else if (low == Truth.MISSING || high == Truth.MISSING) {
            t = Truth.MISSING;
        } else {
            t = Truth.NULL;
        }
        Truth.store(t, out);
    }

    /** {@code needle IN haystack}, {@code haystack} a LIST, BAG or SEXP. */
    public static void in(Slot needle, Slot haystack, Slot out, CallSite site) {
        ValueKind hk = haystack.kind();
        if (hk == ValueKind.MISSING) {
            out.setMissing();
        } else if (hk == ValueKind.NULL) {
            out.setNull();
        } else if (!hk.isCollection()) {
            out.setMissing();
        } else {
            Truth.store(inTruth(needle, haystack.toValue()), out);
        }
    }

    /** {@code needle NOT IN haystack}; a non-collection {@code haystack} is a type error. */
    public static void notIn(Slot needle, Slot haystack, Slot out, CallSite site) {
        ValueKind hk = haystack.kind();
        if (hk == ValueKind.MISSING) {
            out.setMissing();
        } else if (hk == ValueKind.NULL) {
            out.setNull();
        } else if (!hk.isCollection()) {
            site.typeMismatch(out, 1, KindSet.COLLECTION.description(), hk);
        } else {
            Truth.store(Truth.not(inTruth(needle, haystack.toValue())), out);
        }
    }

    /**
     * The truth of {@code a = b}: never fails. Allocation-free for {@code long}s, FLOATs and text.
     */
    static int equalTruth(Slot a, Slot b) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (ka.isUnknown() || kb.isUnknown()) {
            return ka == ValueKind.NULL || kb == ValueKind.NULL ? Truth.NULL : Truth.MISSING;
        }
        if (a.isLong() && b.isLong()) {
            return a.getLong() == b.getLong() ? Truth.TRUE : Truth.FALSE;
        }
        if (ka == ValueKind.FLOAT && kb == ValueKind.FLOAT) {
            return NumericComparison.compareDoubles(a.getDouble(), b.getDouble()) == 0
                    ? Truth.TRUE
                    : Truth.FALSE;
        }
        if (ka.isText() && kb.isText()) {
            return a.textEquals(b) ? Truth.TRUE : Truth.FALSE;
        }
        if (CompactDecimals.applies(a, b)) {
            int c = CompactDecimals.compare(a, b);
            if (c != CompactDecimals.INCOMPARABLE) {
                return c == 0 ? Truth.TRUE : Truth.FALSE;
            }
        }
        return Equality.equal(a.toValue(), b.toValue()) ? Truth.TRUE : Truth.FALSE;
    }

    /**
     * The truth of an order comparison, or {@link Truth#REPORTED} after a type error.
     *
     * @param ia the argument position of {@code a}, for messages
     * @param ib the argument position of {@code b}
     */
    private static int orderTruth(int op, Slot a, Slot b, int ia, int ib, Slot out, CallSite site) {
        int c;
        if (a.isLong() && b.isLong()) {
            c = Long.compare(a.getLong(), b.getLong());
        } else {
            ValueKind ka = a.kind();
            ValueKind kb = b.kind();
            if (ka == ValueKind.FLOAT && kb == ValueKind.FLOAT) {
                c = NumericComparison.compareDoubles(a.getDouble(), b.getDouble());
            } else if (ka.isText() && kb.isText()) {
                c = a.compareText(b);
            } else if (ka.isUnknown() || kb.isUnknown()) {
                return unknownOrder(a, b, ia, ib, out, site);
            } else if (CompactDecimals.applies(a, b)
                    && (c = CompactDecimals.compare(a, b)) != CompactDecimals.INCOMPARABLE) {
                // compared on longs
            } else if (Equality.comparable(ka, kb)) {
                c = Equality.compare(a.toValue(), b.toValue());
            } else {
                site.typeError(out, "cannot compare " + typeName(a) + " and " + typeName(b));
                return Truth.REPORTED;
            }
        }
        boolean r =
                switch (op) {
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
        return r ? Truth.TRUE : Truth.FALSE;
    }

    private static int unknownOrder(Slot a, Slot b, int ia, int ib, Slot out, CallSite site) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (!ka.isUnknown() && !Equality.orderable(ka)) {
            site.typeMismatch(out, ia, "a comparable value", ka);
            return Truth.REPORTED;
        }
        if (!kb.isUnknown() && !Equality.orderable(kb)) {
            site.typeMismatch(out, ib, "a comparable value", kb);
            return Truth.REPORTED;
        }
        return ka == ValueKind.MISSING || kb == ValueKind.MISSING ? Truth.MISSING : Truth.NULL;
    }

    private static int inTruth(Slot needle, Value collection) {
        int n = collection.size();
        ValueKind nk = needle.kind();
        if (n == 0) {
            return nk == ValueKind.MISSING ? Truth.MISSING : Truth.FALSE;
        }
        if (nk == ValueKind.MISSING) {
            return Truth.MISSING;
        }
        if (nk == ValueKind.NULL) {
            return Truth.NULL;
        }
        boolean unknown = false;
        Value v = needle.toValue();
        for (int i = 0; i < n; i++) {
            Value e = collection.get(i);
            if (e.isUnknown()) {
                unknown = true;
            } else if (Equality.equal(v, e)) {
                return Truth.TRUE;
            }
        }
        return unknown ? Truth.NULL : Truth.FALSE;
    }

    private static String typeName(Slot s) {
        ValueKind k = s.kind();
        return k == ValueKind.TIME || k == ValueKind.TIMESTAMP
                ? s.toValue().typeName()
                : k.displayName();
    }
}
