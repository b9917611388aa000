package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;

/**
 * {@code NOT}, {@code AND} and {@code OR} in PartiQL's three-valued logic, where MISSING acts as
 * NULL and the result is never MISSING (logical.ion, bool.ion, spec-tests section 8):
 *
 * <pre>
 *   NOT MISSING = NULL           TRUE AND MISSING = NULL      TRUE OR MISSING = TRUE
 *   FALSE AND MISSING = FALSE    MISSING AND NULL = NULL      FALSE OR MISSING = NULL
 * </pre>
 *
 * An operand that is neither BOOL nor unknown is a type error ({@code NOT {a: 1}}, spec-tests),
 * checked on both operands even when the other one decides the result. Allocation-free; {@code out}
 * may be an operand. A VM may short-circuit {@code FALSE AND x} / {@code TRUE OR x} itself, at the
 * price of not type-checking {@code x}.
 */
public final class Logical {

    private Logical() {}

    /** {@code NOT a}. */
    public static void not(Slot a, Slot out, CallSite site) {
        int t = Truth.of(a);
        if (t < 0) {
            site.typeMismatch(out, 0, KindSet.BOOL.description(), a.kind());
        } else {
            Truth.store(Truth.not(t), out);
        }
    }

    /** {@code a AND b}. */
    public static void and(Slot a, Slot b, Slot out, CallSite site) {
        int x = Truth.of(a);
        int y = Truth.of(b);
        if (checked(x, y, a, b, out, site)) {
            if (x == Truth.FALSE || y == Truth.FALSE) {
                out.setBool(false);
            } else if (x == Truth.TRUE && y == Truth.TRUE) {
                out.setBool(true);
            } else {
                out.setNull();
            }
        }
    }

    /** {@code a OR b}. */
    public static void or(Slot a, Slot b, Slot out, CallSite site) {
        int x = Truth.of(a);
        int y = Truth.of(b);
        if (checked(x, y, a, b, out, site)) {
            if (x == Truth.TRUE || y == Truth.TRUE) {
                out.setBool(true);
            } else if (x == Truth.FALSE && y == Truth.FALSE) {
                out.setBool(false);
            } else {
                out.setNull();
            }
        }
    }

    /**
     * The truth of a WHERE / HAVING / ON condition: true only for TRUE; NULL, MISSING and FALSE
     * reject the row. Any other kind is a type error (strict) or a rejection (permissive).
     */
    public static boolean isTrue(Slot condition, CallSite site) {
        int t = Truth.of(condition);
        if (t < 0 && site.strict()) {
            throw site.error("the condition must be BOOL, found " + condition.kind().displayName());
        }
        return t == Truth.TRUE;
    }

    private static boolean checked(int x, int y, Slot a, Slot b, Slot out, CallSite site) {
        if (x < 0) {
            site.typeMismatch(out, 0, KindSet.BOOL.description(), a.kind());
            return false;
        }
        if (y < 0) {
            site.typeMismatch(out, 1, KindSet.BOOL.description(), b.kind());
            return false;
        }
        return true;
    }
}
