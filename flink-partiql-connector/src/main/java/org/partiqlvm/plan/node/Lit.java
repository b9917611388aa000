package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Value;

/**
 * A constant: a literal of the statement (validated and converted to a {@link Value} by the
 * planner), or a value the planner introduced (such as the NULL of a CASE without ELSE).
 *
 * @param value the constant
 * @param span where it was written
 */
public record Lit(Value value, SourceSpan span) implements PlanExpr {

    public Lit {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of();
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        return this;
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
