package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT item, ...} and {@code SELECT *}: one struct per binding tuple, built from the items
 * in order.
 *
 * @param in the input
 * @param items the items, at least one
 * @param span where the SELECT clause was written
 */
public record Project(RelNode in, List<ProjectItem> items, SourceSpan span) implements RelNode {

    public Project {
        Objects.requireNonNull(in, "in");
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        List<PlanExpr> out = new ArrayList<>(items.size());
        for (ProjectItem item : items) {
            out.add(item.expr());
        }
        return out;
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        List<ProjectItem> newItems = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            newItems.add(items.get(i).withExpr(expressions.get(i)));
        }
        return new Project(inputs.get(0), newItems, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
