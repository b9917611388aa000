package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A set operation {@code left [OUTER] UNION|INTERSECT|EXCEPT [ALL|DISTINCT] [CORRESPONDING ...]
 * right}.
 *
 * <p>{@code ORDER BY}, {@code LIMIT} and {@code OFFSET} written after a chain of set operations
 * belong to its top {@code SetOp}.
 *
 * @param kind the operation
 * @param quantifier ALL, or DISTINCT (also when not written)
 * @param outer true for the {@code OUTER} variants, which accept any collections
 * @param corresponding the CORRESPONDING clause, or null
 * @param left the left operand
 * @param right the right operand
 * @param orderBy the ORDER BY clause, or null
 * @param limit the LIMIT expression, or null
 * @param offset the OFFSET expression, or null
 * @param span where the node was written
 */
public record SetOpExpr(
        Kind kind,
        SetQuantifier quantifier,
        boolean outer,
        Corresponding corresponding,
        Expr left,
        Expr right,
        OrderBy orderBy,
        Expr limit,
        Expr offset,
        SourceSpan span)
        implements Expr {

    public SetOpExpr {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(span, "span");
    }

    /** The set operations; INTERSECT binds tighter than UNION and EXCEPT. */
    public enum Kind {
        UNION,
        INTERSECT,
        EXCEPT
    }

    @Override
    public List<Node> children() {
        return Nodes.of(corresponding, left, right, orderBy, limit, offset);
    }
}
