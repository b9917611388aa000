package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A join of two FROM items.
 *
 * <p>When {@link #lateral()} the right side refers to variables of the left and is evaluated once
 * per left binding ({@code FROM stream AS r, r.items AS i}); only CROSS, INNER and LEFT joins can
 * be lateral. A LEFT join keeps a left binding without a match, with the right variables bound to
 * NULL; RIGHT and FULL mirror it.
 *
 * @param kind the kind of join
 * @param left the left input
 * @param right the right input
 * @param condition the ON condition, or null (CROSS, and {@code LEFT CROSS JOIN})
 * @param lateral whether the right side refers to variables of the left
 * @param span where the join was written
 */
public record Join(
        Kind kind,
        RelNode left,
        RelNode right,
        PlanExpr condition,
        boolean lateral,
        SourceSpan span)
        implements RelNode {

    public Join {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (kind == Kind.CROSS && condition != null) {
            throw new IllegalArgumentException("a CROSS join has no condition");
        }
        Objects.requireNonNull(span, "span");
    }

    /** The kinds of join; CROSS is the comma and {@code CROSS JOIN}. */
    public enum Kind {
        CROSS,
        INNER,
        LEFT,
        RIGHT,
        FULL
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(left, right);
    }

    @Override
    public List<PlanExpr> expressions() {
        return PlanExpr.list(condition);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        PlanExpr newCondition = condition == null ? null : expressions.get(0);
        return new Join(kind, inputs.get(0), inputs.get(1), newCondition, lateral, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
