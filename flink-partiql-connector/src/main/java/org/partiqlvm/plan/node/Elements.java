package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The elements of a collection value as result elements: an operand of a {@link SetOp} that is an
 * expression rather than a query ({@code SELECT * FROM t OUTER UNION << 'A' >>}).
 *
 * <p>A collection gives its elements; NULL and MISSING give none; any other value gives itself as
 * the one element (the OUTER set operations' coercion; a non-OUTER set operation over a
 * non-collection is an error in strict mode).
 *
 * @param value the collection
 * @param span where the operand was written
 */
public record Elements(PlanExpr value, SourceSpan span) implements RelNode {

    public Elements {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of();
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of(value);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new Elements(expressions.get(0), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
