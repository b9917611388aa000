package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A positional parameter {@code ?}, bound when the statement is executed.
 *
 * @param index the 0-based position of the parameter in the statement (the first {@code ?} is 0)
 * @param span where the {@code ?} was written
 */
public record Param(int index, SourceSpan span) implements PlanExpr {

    public Param {
        if (index < 0) {
            throw new IllegalArgumentException("negative parameter index " + index);
        }
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
