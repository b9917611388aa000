package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * ORDER BY: sorts the binding tuples (before projection; references to SELECT aliases have been
 * replaced by the aliased expressions). The sort is stable.
 *
 * @param in the input
 * @param keys the sort keys, at least one
 * @param span where the ORDER BY clause was written
 */
public record Sort(RelNode in, List<SortKey> keys, SourceSpan span) implements RelNode {

    public Sort {
        Objects.requireNonNull(in, "in");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a sort needs at least one key");
        }
        Objects.requireNonNull(span, "span");
    }

    /**
     * One sort key, with the defaults resolved (ASC; NULLS LAST for ASC, NULLS FIRST for DESC).
     *
     * @param expr the key
     * @param ascending true for ASC
     * @param nullsFirst true when NULL and MISSING sort before all other values
     */
    public record SortKey(PlanExpr expr, boolean ascending, boolean nullsFirst) {

        public SortKey {
            Objects.requireNonNull(expr, "expr");
        }
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        List<PlanExpr> out = new ArrayList<>(keys.size());
        for (SortKey k : keys) {
            out.add(k.expr());
        }
        return out;
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        List<SortKey> newKeys = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            SortKey k = keys.get(i);
            newKeys.add(new SortKey(expressions.get(i), k.ascending(), k.nullsFirst()));
        }
        return new Sort(inputs.get(0), newKeys, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
