package org.partiqlvm.plan;

import java.util.List;
import java.util.Objects;

/**
 * A local variable of a plan: its id (the index in {@link LogicalPlan#variables()}), name and the
 * clause that binds it.
 *
 * <p>A FROM element variable on the null-supplying side of an outer join (the right of a LEFT JOIN,
 * the left of a RIGHT JOIN, either side of a FULL JOIN) is {@code nullExtended}: for a row without
 * a match it is bound to NULL standing for SQL's null-extended row, a tuple whose attributes are
 * all NULL. Navigating a field of it then gives NULL (not MISSING, as from other NULLs), and
 * spreading it ({@code v.*}, {@code SELECT *}) gives its {@code columns} as NULLs when they are
 * known.
 *
 * @param varId the id, dense from 0 within a statement
 * @param name the name as written, or a generated one ({@code _1}, {@code $path0})
 * @param kind what binds it
 * @param nullExtended whether an outer join may bind it to its null-extended row
 * @param columns when it ranges over the result of a SELECT list of named columns ({@code FROM
 *     (SELECT a, b AS c FROM t) AS v}): the column names in order; otherwise empty
 */
public record VarInfo(
        int varId, String name, Kind kind, boolean nullExtended, List<String> columns) {

    public VarInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
    }

    /** A variable that is not null-extended and has no known columns. */
    public VarInfo(int varId, String name, Kind kind) {
        this(varId, name, kind, false, List.of());
    }

    /** This variable marked as null-extended by an outer join. */
    public VarInfo asNullExtended() {
        return new VarInfo(varId, name, kind, true, columns);
    }

    /** This variable with known columns. */
    public VarInfo withColumns(List<String> names) {
        return new VarInfo(varId, name, kind, nullExtended, names);
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
