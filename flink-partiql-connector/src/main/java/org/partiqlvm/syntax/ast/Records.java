package org.partiqlvm.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Reads record components reflectively, for the generic tree walks over AST and plan records
 * (structural equivalence, free-variable and aggregate searches). Not for hot paths.
 */
public final class Records {

    private Records() {}

    /** The value of {@code component} in {@code record}. */
    public static Object component(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
