package org.partiqlvm.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.syntax.SourceSpan;

/**
 * Structural equality of syntax trees that ignores where nodes were written.
 *
 * <p>Records compare their {@code equals} with spans included; this compares two trees component by
 * component, skipping every {@link SourceSpan}-typed component and recursing into records and
 * lists. Used by round-trip tests such as {@code parse(print(ast))} against {@code ast}.
 */
public final class AstEquivalence {

    private AstEquivalence() {}

    /** True if {@code a} and {@code b} are equal once all source spans are ignored. */
    public static boolean equalIgnoringSpans(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof SourceSpan) {
            return true;
        }
        if (a instanceof List<?> left) {
            List<?> right = (List<?>) b;
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!equalIgnoringSpans(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (component.getType() == SourceSpan.class) {
                    continue;
                }
                if (!equalIgnoringSpans(value(component, a), value(component, b))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
