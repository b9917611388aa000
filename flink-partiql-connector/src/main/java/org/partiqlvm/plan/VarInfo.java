package org.partiqlvm.plan;

import java.util.Objects;

/**
 * A local variable of a plan: its id (the index in {@link LogicalPlan#variables()}), name and the
 * clause that binds it.
 *
 * @param varId the id, dense from 0 within a statement
 * @param name the name as written, or a generated one ({@code _1}, {@code $path0})
 * @param kind what binds it
 */
public record VarInfo(int varId, String name, Kind kind) {

    public VarInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The clause that binds a variable. */
    public enum Kind {
        /** {@code FROM x AS v} or {@code UNPIVOT x AS v}: the element or field value. */
        FROM,
        /** {@code AT i}: a list position, or the field name of an UNPIVOT. */
        AT,
        /** {@code BY k}. */
        BY,
        /** {@code LET e AS v}. */
        LET,
        /** A GROUP BY key ({@code GROUP BY e AS k}). */
        GROUP_KEY,
        /** {@code GROUP AS g}. */
        GROUP_AS,
        /** The result of an aggregate call in a grouped query. */
        AGGREGATE,
        /** A variable the planner introduced (for a wildcard path or an ordered set operation). */
        INTERNAL
    }
}
