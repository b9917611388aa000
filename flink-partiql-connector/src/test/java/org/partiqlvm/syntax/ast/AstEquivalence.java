package org.partiqlvm.syntax.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * Structural equality of syntax trees (and of other record trees, such as plans) that ignores where
 * nodes were written.
 *
 * <p>Records compare their {@code equals} with spans included; this compares two trees component by
 * component, skipping every {@link SourceSpan}, and recursing into records and lists. A {@link
 * Rule} may decide some node types itself (the planner compares variables by id and unquoted names
 * without case). Used by round-trip tests such as {@code parse(print(ast))} against {@code ast},
 * and as the reference the planner's explicit {@code PlanEquivalence} is checked against.
 *
 * <p>A test helper: it reads components by reflection on purpose, so that it compares every
 * component a record has, including one an explicit walk would forget.
 */
public final class AstEquivalence {

    /** Decides the equality of some node types; returns null for the types it leaves alone. */
    @FunctionalInterface
    public interface Rule {
        /**
         * Compares two nodes of the same class.
         *
         * @param recurse compares children with the same rule
         * @return the answer, or null to compare component by component
         */
        Boolean compare(Object a, Object b, java.util.function.BiPredicate<Object, Object> recurse);
    }

    private static final Rule NO_RULE = (a, b, recurse) -> null;

    private AstEquivalence() {}

    /** True if {@code a} and {@code b} are equal once all source spans are ignored. */
    public static boolean equalIgnoringSpans(Object a, Object b) {
        return equalIgnoringSpans(a, b, NO_RULE);
    }

    /**
     * True if {@code a} and {@code b} are equal ignoring spans, with {@code rule} deciding first.
     */
    public static boolean equalIgnoringSpans(Object a, Object b, Rule rule) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof SourceSpan) {
            return true;
        }
        Boolean decided = rule.compare(a, b, (x, y) -> equalIgnoringSpans(x, y, rule));
        if (decided != null) {
            return decided;
        }
        if (a instanceof List<?> left) {
            List<?> right = (List<?>) b;
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!equalIgnoringSpans(left.get(i), right.get(i), rule)) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent component : Records.components(a.getClass())) {
                if (component.getType() == SourceSpan.class) {
                    continue;
                }
                if (!equalIgnoringSpans(
                        Records.component(component, a), Records.component(component, b), rule)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
