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
 * @param byName true for {@code [CAST(e AS STRING)]}: the index names a struct field
 *     (case-sensitive) instead of a list position
 */
public record PathStepSpec(
        String fieldName, boolean caseSensitive, Eval index, int indexSlot, boolean byName)
        implements Serializable {

    /**
     * Interns the field name, here and when a plan is deserialized on a task manager (records
     * deserialize through this constructor): names read by the JSON reader are interned too, so
     * lookups usually match by reference.
     */
    public PathStepSpec {
        fieldName = fieldName == null ? null : fieldName.intern();
    }

    /** A {@code .name} step. */
    public static PathStepSpec field(String name, boolean caseSensitive) {
        return new PathStepSpec(name, caseSensitive, null, -1, false);
    }

    /** An {@code [expr]} step: a list position. */
    public static PathStepSpec index(Eval index, int indexSlot) {
        return new PathStepSpec(null, false, index, indexSlot, false);
    }

    /** A {@code [CAST(e AS STRING)]} step: a struct field named by a computed string. */
    public static PathStepSpec key(Eval name, int indexSlot) {
        return new PathStepSpec(null, true, name, indexSlot, true);
    }

    /** The step as written, for error messages. */
    String describe() {
        return fieldName != null
                ? (caseSensitive ? ".\"" + fieldName + "\"" : "." + fieldName)
                : "[...]";
    }
}
