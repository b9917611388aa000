package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An S-expression constructor {@code SEXP(a, b)}.
 *
 * @param elements the elements in order
 * @param span where the constructor was written
 */
public record SexpNew(List<PlanExpr> elements, SourceSpan span) implements PlanExpr {

    public SexpNew {
        elements = List.copyOf(elements);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return elements;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new SexpNew(Children.require(this, operands), span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
