package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code left [OUTER] UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right} over the result elements of two
 * queries. Without ALL, the result has no two equivalent elements. The OUTER variants accept any
 * values as operands (a non-collection counts as a bag of that value, NULL and MISSING as an empty
 * bag).
 *
 * <p>With CORRESPONDING, the operands' elements are structs matched by field name: {@code
 * corresponding} lists the names of {@code CORRESPONDING BY (names)}, or is empty for plain {@code
 * CORRESPONDING} (the names common to both sides); it is null without CORRESPONDING (elements
 * compare as whole values).
 *
 * @param kind the operation
 * @param all true for ALL (keep duplicates)
 * @param outer true for the OUTER variants
 * @param corresponding the CORRESPONDING BY names (empty: all common names), or null
 * @param left the left operand (produces result elements)
 * @param right the right operand (produces result elements)
 * @param span where the set operation was written
 */
public record SetOp(
        Kind kind,
        boolean all,
        boolean outer,
        List<String> corresponding,
        RelNode left,
        RelNode right,
        SourceSpan span)
        implements RelNode {

    public SetOp {
        Objects.requireNonNull(kind, "kind");
        corresponding = corresponding == null ? null : List.copyOf(corresponding);
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(span, "span");
    }

    /** The set operations. */
    public enum Kind {
        UNION,
        INTERSECT,
        EXCEPT
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(left, right);
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of();
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new SetOp(kind, all, outer, corresponding, inputs.get(0), inputs.get(1), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
