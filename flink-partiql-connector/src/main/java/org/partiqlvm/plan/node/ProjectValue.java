package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT VALUE expr}: one result element per binding tuple, any value (MISSING included).
 *
 * @param in the input
 * @param value the element
 * @param span where the SELECT clause was written
 */
public record ProjectValue(RelNode in, PlanExpr value, SourceSpan span) implements RelNode {

    public ProjectValue {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of(value);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new ProjectValue(inputs.get(0), expressions.get(0), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
