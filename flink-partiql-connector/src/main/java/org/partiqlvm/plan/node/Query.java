package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A query (SELECT, PIVOT or a set operation) used as a value: the collection of the elements its
 * relational plan produces.
 *
 * <p>The result is one struct when the root of {@link #rel()} is a {@link
 * org.partiqlvm.plan.node.Pivot}; otherwise a list when {@link #ordered()} (the query has ORDER
 * BY), else a bag. A query may refer to variables of enclosing queries (it is correlated); it is
 * then evaluated again for each of their bindings.
 *
 * @param rel the plan producing the elements
 * @param ordered true when the query has ORDER BY (the result is a list)
 * @param span where the query was written
 */
public record Query(RelNode rel, boolean ordered, SourceSpan span) implements PlanExpr {

    public Query {
        Objects.requireNonNull(rel, "rel");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of(); // the relation is rel()
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
