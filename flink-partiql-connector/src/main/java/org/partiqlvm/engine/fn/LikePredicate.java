package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * The {@code value LIKE pattern [ESCAPE escape]} predicate ({@code NOT LIKE} is {@link Logical#not}
 * of it), over STRING and SYMBOL operands.
 *
 * <p>Unknowns (like.ion): a MISSING operand gives MISSING, else a NULL gives NULL ({@code NULL LIKE
 * MISSING} is MISSING); a known operand that is not text is a type error even next to an unknown.
 * An escape that is not exactly one character fails in both modes; an invalid escape sequence in
 * the pattern is a data error. See {@link LikeMatcher} for the matching rules.
 */
public final class LikePredicate {

    private LikePredicate() {}

    /**
     * {@code value LIKE <constant pattern>}, with the pattern compiled by the plan compiler.
     * Allocation-free.
     */
    public static void like(Slot value, LikeMatcher matcher, Slot out, CallSite site) {
        ValueKind k = value.kind();
        if (k.isText()) {
            out.setBool(matcher.matches(value.getString()));
        } else if (k == ValueKind.MISSING) {
            out.setMissing();
        } else if (k == ValueKind.NULL) {
            out.setNull();
        } else {
            site.typeMismatch(out, 0, KindSet.TEXT.description(), k);
        }
    }

    /**
     * {@code value LIKE pattern [ESCAPE escape]} with a pattern known only at run time, compiled on
     * each call unless {@code cache} (owned by one VM, may be null) still holds it.
     *
     * @param escape the escape operand, or null when there is no ESCAPE clause
     */
    public static void like(
            Slot value, Slot pattern, Slot escape, Slot out, CallSite site, LikeCache cache) {
        if (unknownOperands(value, pattern, escape, out, site)) {
            return;
        }
        String p = pattern.getString();
        String e = escape == null ? null : escape.getString();
        LikeMatcher m = cache != null ? cache.get(p, e) : null;
        if (m == null) {
            m = LikeMatcher.compile(p, e, out, site);
            if (m == null) {
                return;
            }
            if (cache != null) {
                cache.put(p, e, m);
            }
        }
        out.setBool(m.matches(value.getString()));
    }

    /** Handles unknown and mistyped operands; true when the result is already stored. */
    private static boolean unknownOperands(
            Slot value, Slot pattern, Slot escape, Slot out, CallSite site) {
        boolean missing = false;
        boolean nul = false;
        for (int i = 0; i < 3; i++) {
            Slot s = i == 0 ? value : i == 1 ? pattern : escape;
            if (s == null) {
                continue;
            }
            ValueKind k = s.kind();
            if (k == ValueKind.MISSING) {
                missing = true;
            } else if (k == ValueKind.NULL) {
                nul = true;
            } else if (!k.isText()) {
                site.typeMismatch(out, i, KindSet.TEXT.description(), k);
                return true;
            }
        }
        if (missing) {
            out.setMissing();
            return true;
        }
        if (nul) {
            out.setNull();
            return true;
        }
        return false;
    }
}
