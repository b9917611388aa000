package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * Argument checks for function implementations: each reports a type mismatch through the {@link
 * CallSite} (MISSING in permissive mode, an exception in strict mode) and tells the caller to stop.
 */
final class Args {

    private Args() {}

    /**
     * The text of a STRING or SYMBOL argument, or null after reporting a type mismatch.
     *
     * @param s the argument
     * @param index its 0-based position, for the message
     */
    static String text(Slot s, int index, Slot out, CallSite site) {
        ValueKind k = s.kind();
        if (k == ValueKind.STRING || k == ValueKind.SYMBOL) {
            return s.getString();
        }
        site.typeMismatch(out, index, KindSet.TEXT.description(), k);
        return null;
    }

    /** True when the argument's kind is in {@code kinds}; otherwise reports and returns false. */
    static boolean expect(Slot s, KindSet kinds, int index, Slot out, CallSite site) {
        ValueKind k = s.kind();
        if (kinds.contains(k)) {
            return true;
        }
        site.typeMismatch(out, index, kinds.description(), k);
        return false;
    }

    /**
     * For operators that handle unknowns themselves: when either operand is MISSING or NULL, stores
     * the result and returns true. A known operand whose kind is not in {@code accepted} is a type
     * error even then; otherwise MISSING wins over NULL.
     */
    static boolean unknownBinary(Slot a, Slot b, KindSet accepted, Slot out, CallSite site) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (!ka.isUnknown() && !kb.isUnknown()) {
            return false;
        }
        if (!ka.isUnknown() && !accepted.contains(ka)) {
            site.typeMismatch(out, 0, accepted.description(), ka);
        } else if (!kb.isUnknown() && !accepted.contains(kb)) {
            site.typeMismatch(out, 1, accepted.description(), kb);
        } else if (ka == ValueKind.MISSING || kb == ValueKind.MISSING) {
            out.setMissing();
        } else {
            out.setNull();
        }
        return true;
    }
}
