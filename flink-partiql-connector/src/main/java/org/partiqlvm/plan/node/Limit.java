package org.partiqlvm.plan.node;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * LIMIT and OFFSET: skips {@code offset} rows, then passes at most {@code limit}. Both expressions
 * are evaluated once, before the first row, and must give non-negative integers.
 *
 * @param in the input
 * @param limit the maximum number of rows, or null for no limit
 * @param offset the number of rows skipped, or null for none
 * @param span where the LIMIT (or OFFSET) was written
 */
public record Limit(RelNode in, PlanExpr limit, PlanExpr offset, SourceSpan span)
        implements RelNode {

    public Limit {
        Objects.requireNonNull(in, "in");
        if (limit == null && offset == null) {
            throw new IllegalArgumentException("a Limit needs a limit or an offset");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        return PlanExpr.list(limit, offset);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        Iterator<PlanExpr> next = expressions.iterator();
        PlanExpr newLimit = limit == null ? null : next.next();
        PlanExpr newOffset = offset == null ? null : next.next();
        return new Limit(inputs.get(0), newLimit, newOffset, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
