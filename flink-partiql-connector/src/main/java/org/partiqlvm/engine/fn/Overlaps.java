package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The {@code p1 OVERLAPS p2} predicate of SQL (overlaps.ion): each period is a two-element
 * collection ({@code [start, end]}, {@code <<start, end>>} or a row) whose start is a datetime and
 * whose end is a datetime or an interval added to the start.
 *
 * <p>As in SQL, a period whose start is unknown or after its end is swapped, then the periods
 * overlap when one starts strictly inside the other, or both start together; periods that only
 * touch do not overlap. Unknown starts and ends (MISSING reads as NULL inside a period) make the
 * result NULL unless the known fields decide it. A MISSING period gives MISSING, else a NULL period
 * NULL; a period that is not a two-element collection, or a field of another type, is a type error.
 */
public final class Overlaps {

    private Overlaps() {}

    /** Registers OVERLAPS. */
    static void register(FunctionTable t) {
        t.addCustom(
                        "overlaps",
                        2,
                        2,
                        (args, out, site) -> overlaps(args[0], args[1], out, site),
                        "True when two (start, end) periods of dates, times or timestamps overlap.")
                .returns(ValueKind.BOOL)
                .example(
                        "(DATE '2024-01-01', DATE '2024-01-10') OVERLAPS (DATE '2024-01-05',"
                                + " DATE '2024-01-20')",
                        "true");
    }

    /** {@code a OVERLAPS b}. */
    public static void overlaps(Slot a, Slot b, Slot out, CallSite site) {
        if (Args.unknownBinary(a, b, KindSet.COLLECTION, out, site)) {
            return;
        }
        Value[] p1 = period(a, 0, out, site);
        if (p1 == null) {
            return;
        }
        Value[] p2 = period(b, 1, out, site);
        if (p2 == null) {
            return;
        }
        int t1 = order(p1[0], p2[0], out, site);
        int t2 = order(p1[1], p2[1], out, site);
        int t3 = order(p1[0], p2[1], out, site);
        int t4 = order(p2[0], p1[1], out, site);
        if (t1 == Truth.REPORTED
                || t2 == Truth.REPORTED
                || t3 == Truth.REPORTED
                || t4 == Truth.REPORTED) {
            return;
        }
        Value s1 = p1[0];
        Value e1 = p1[1];
        Value s2 = p2[0];
        Value e2 = p2[1];
        // (S1 > S2 AND NOT (S1 >= E2 AND E1 >= E2))
        int first = and(gt(s1, s2), not(and(ge(s1, e2), ge(e1, e2))));
        // (S2 > S1 AND NOT (S2 >= E1 AND E2 >= E1))
        int second = and(gt(s2, s1), not(and(ge(s2, e1), ge(e2, e1))));
        // (S1 = S2 AND (E1 <> E2 OR E1 = E2))
        int third = and(eq(s1, s2), or(not(eq(e1, e2)), eq(e1, e2)));
        Truth.store(or(or(first, second), third), out);
    }

    /** The [start, end] of a period, swapped when needed; null after a report. */
    private static Value[] period(Slot p, int index, Slot out, CallSite site) {
        ValueKind k = p.kind();
        Value c = p.toValue();
        if (!k.isCollection() || c.size() != 2) {
            site.typeError(
                    out,
                    "argument "
                            + (index + 1)
                            + " must be a period of two elements, found "
                            + (k.isCollection() ? "a " + k + " of " + c.size() : k.displayName()));
            return null;
        }
        Value start = c.get(0);
        Value second = c.get(1);
        if (!start.isUnknown() && !start.kind().isDateTime()) {
            site.typeError(out, "a period must start with a datetime, found " + start.typeName());
            return null;
        }
        Value end;
        if (second.isUnknown()) {
            end = Value.NULL;
        } else if (second.kind().isDateTime()) {
            end = second;
        } else if (second.kind().isInterval()) {
            if (start.isUnknown()) {
                end = Value.NULL;
            } else {
                Slot sum = new Slot();
                TemporalArithmetic.plus(start, second, sum, site);
                if (sum.isMissing()) {
                    out.setMissing();
                    return null;
                }
                end = sum.toValue();
            }
        } else {
            site.typeError(
                    out,
                    "a period must end with a datetime or interval, found " + second.typeName());
            return null;
        }
        if (start.isUnknown()
                || (!end.isUnknown()
                        && comparable(start, end)
                        && Equality.compare(end, start) < 0)) {
            return new Value[] {
                end.isUnknown() ? Value.NULL : end, start.isUnknown() ? Value.NULL : start
            };
        }
        return new Value[] {start, end};
    }

    /** Checks that two fields compare; REPORTED after a type error, else TRUE. */
    private static int order(Value x, Value y, Slot out, CallSite site) {
        if (x.isUnknown() || y.isUnknown() || comparable(x, y)) {
            return Truth.TRUE;
        }
        site.typeError(
                out, "cannot compare " + x.typeName() + " and " + y.typeName() + " in OVERLAPS");
        return Truth.REPORTED;
    }

    private static boolean comparable(Value x, Value y) {
        return Equality.comparable(x.kind(), y.kind());
    }

    private static int cmp(Value x, Value y) {
        return Equality.compare(x, y);
    }

    private static int gt(Value x, Value y) {
        return x.isUnknown() || y.isUnknown()
                ? Truth.NULL
                : cmp(x, y) > 0 ? Truth.TRUE : Truth.FALSE;
    }

    private static int ge(Value x, Value y) {
        return x.isUnknown() || y.isUnknown()
                ? Truth.NULL
                : cmp(x, y) >= 0 ? Truth.TRUE : Truth.FALSE;
    }

    private static int eq(Value x, Value y) {
        return x.isUnknown() || y.isUnknown()
                ? Truth.NULL
                : cmp(x, y) == 0 ? Truth.TRUE : Truth.FALSE;
    }

    private static int not(int t) {
        return Truth.not(t);
    }

    private static int and(int x, int y) {
        if (x == Truth.FALSE || y == Truth.FALSE) {
            return Truth.FALSE;
        }
        return x == Truth.TRUE && y == Truth.TRUE ? Truth.TRUE : Truth.NULL;
    }

    private static int or(int x, int y) {
        if (x == Truth.TRUE || y == Truth.TRUE) {
            return Truth.TRUE;
        }
        return x == Truth.FALSE && y == Truth.FALSE ? Truth.FALSE : Truth.NULL;
    }
}
