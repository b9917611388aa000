package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * The four truth values of PartiQL predicates as {@code int} codes (FALSE, TRUE, NULL, MISSING), so
 * that compound predicates (BETWEEN, IN, NOT IN) combine them without allocating.
 */
final class Truth {

    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int NULL = 2;
    static final int MISSING = 3;

    /** Not a truth value: the failure was already reported through the call site. */
    static final int REPORTED = -1;

    private Truth() {}

    /** Stores a truth code into {@code out} (REPORTED leaves it as the report left it). */
    static void store(int truth, Slot out) {
        switch (truth) {
            case FALSE -> out.setBool(false);
            case TRUE -> out.setBool(true);
            case NULL -> out.setNull();
            case MISSING -> out.setMissing();
            default -> {}
        }
    }

    /** The code of a BOOL, NULL or MISSING slot; -2 for any other kind. */
    static int of(Slot s) {
        ValueKind k = s.kind();
        if (k == ValueKind.BOOL) {
            return s.getBool() ? TRUE : FALSE;
        }
        if (k == ValueKind.NULL) {
            return NULL;
        }
        return k == ValueKind.MISSING ? MISSING : -2;
    }

    /** Three-valued NOT; NOT MISSING is NULL (logical.ion). */
    static int not(int t) {
        return switch (t) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            default -> NULL;
        };
    }
}
