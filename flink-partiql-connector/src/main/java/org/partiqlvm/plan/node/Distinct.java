package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * SELECT DISTINCT: drops result elements equivalent to an earlier one (keeping the first, so order
 * is preserved).
 *
 * @param in the input (a projection)
 * @param span where DISTINCT was written
 */
public record Distinct(RelNode in, SourceSpan span) implements RelNode {

    public Distinct {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of();
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new Distinct(inputs.get(0), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
