package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A bag constructor {@code <<a, b>>} or a {@code VALUES} list.
 *
 * @param elements the elements in order
 * @param span where the constructor was written
 */
public record BagNew(List<PlanExpr> elements, SourceSpan span) implements PlanExpr {

    public BagNew {
        elements = List.copyOf(elements);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return elements;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new BagNew(Children.require(this, operands), span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
