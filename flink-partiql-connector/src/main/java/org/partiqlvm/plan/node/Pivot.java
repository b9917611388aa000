package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code PIVOT value AT key}: folds all binding tuples into one struct, adding the field {@code
 * key: value} per tuple (skipped when the key is not a string or symbol, or the value is MISSING;
 * strict mode errors on a bad key). Always the root of its query.
 *
 * @param in the input
 * @param value the field value
 * @param key the field name
 * @param span where PIVOT was written
 */
public record Pivot(RelNode in, PlanExpr value, PlanExpr key, SourceSpan span) implements RelNode {

    public Pivot {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of(value, key);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new Pivot(inputs.get(0), expressions.get(0), expressions.get(1), span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
