package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A SQL-style subquery ({@code SELECT} with a select list) coerced as the spec prescribes for the
 * context it appears in.
 *
 * @param query the query, whose elements are structs
 * @param coercion how its result becomes a value
 * @param span where the subquery was written
 */
public record Subquery(Query query, Coercion coercion, SourceSpan span) implements PlanExpr {

    public Subquery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(coercion, "coercion");
        Objects.requireNonNull(span, "span");
    }

    /** How the result of a subquery becomes a value. */
    public enum Coercion {
        /**
         * A scalar context such as {@code x = (SELECT ...)} or {@code 1 + (SELECT ...)}: the single
         * field value of the single element; NULL when there is no element; an error when there are
         * several elements or the element has several fields.
         */
        SCALAR,
        /**
         * A collection context such as the right side of {@code IN}: a collection of the single
         * field value of each element (a list when the query is ordered, else a bag).
         */
        COLLECTION
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of(query);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new Subquery((Query) Children.require(this, operands).get(0), coercion, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
