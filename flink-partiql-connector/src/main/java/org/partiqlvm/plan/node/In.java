package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] IN collection}. A SQL-style subquery on the right is a {@link Subquery} with
 * {@link Subquery.Coercion#COLLECTION}, so the collection holds the values of its single column.
 *
 * @param value the value looked for
 * @param collection the collection searched
 * @param negated true for {@code NOT IN}
 * @param span where the test was written
 */
public record In(PlanExpr value, PlanExpr collection, boolean negated, SourceSpan span)
        implements PlanExpr {

    public In {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return PlanExpr.list(value, collection);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        return new In(operands.get(0), operands.get(1), negated, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
