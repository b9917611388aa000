package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The input of a query without FROM: exactly one binding tuple that binds nothing.
 *
 * @param span where the query was written
 */
public record SingleBinding(SourceSpan span) implements RelNode {

    public SingleBinding {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of();
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of();
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return this;
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
