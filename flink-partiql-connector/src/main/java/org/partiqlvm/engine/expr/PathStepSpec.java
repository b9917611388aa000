package org.partiqlvm.engine.expr;

import java.io.Serializable;

/**
 * One compiled step of a {@link PathEval}: a field lookup {@code .name} (case-sensitive or not), or
 * an index {@code [expr]} whose expression is evaluated into a temporary slot.
 *
 * @param fieldName the field name of a {@code .name} step, or null for an index step
 * @param caseSensitive whether the field name was quoted
 * @param index the index expression of a {@code [expr]} step, or null for a field step
 * @param indexSlot the temporary slot the index is evaluated into
 */
public record PathStepSpec(String fieldName, boolean caseSensitive, Eval index, int indexSlot)
        implements Serializable {

    /** A {@code .name} step. */
    public static PathStepSpec field(String name, boolean caseSensitive) {
        return new PathStepSpec(name, caseSensitive, null, -1);
    }

    /** An {@code [expr]} step. */
    public static PathStepSpec index(Eval index, int indexSlot) {
        return new PathStepSpec(null, false, index, indexSlot);
    }

    /** The step as written, for error messages. */
    String describe() {
        return fieldName != null
                ? (caseSensitive ? ".\"" + fieldName + "\"" : "." + fieldName)
                : "[...]";
    }
}
