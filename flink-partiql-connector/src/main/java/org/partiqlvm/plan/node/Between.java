package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] BETWEEN low AND high}.
 *
 * @param value the value tested
 * @param low the lower bound
 * @param high the upper bound
 * @param negated true for {@code NOT BETWEEN}
 * @param span where the test was written
 */
public record Between(PlanExpr value, PlanExpr low, PlanExpr high, boolean negated, SourceSpan span)
        implements PlanExpr {

    public Between {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return PlanExpr.list(value, low, high);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        return new Between(operands.get(0), operands.get(1), operands.get(2), negated, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
