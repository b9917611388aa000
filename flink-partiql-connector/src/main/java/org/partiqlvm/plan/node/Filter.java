package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * WHERE or HAVING: keeps the binding tuples for which the condition is TRUE (not FALSE, NULL or
 * MISSING; a non-boolean condition is an error in strict mode).
 *
 * @param in the input
 * @param condition the condition
 * @param span where the clause was written
 */
public record Filter(RelNode in, PlanExpr condition, SourceSpan span) implements RelNode {

    public Filter {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of(condition);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new Filter(inputs.get(0), expressions.get(0), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
