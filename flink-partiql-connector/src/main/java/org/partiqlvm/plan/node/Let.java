package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The LET clause: binds more variables in each binding tuple, in order (a binding may use the ones
 * before it).
 *
 * @param in the input
 * @param bindings the bindings, at least one
 * @param span where the LET clause was written
 */
public record Let(RelNode in, List<Binding> bindings, SourceSpan span) implements RelNode {

    public Let {
        Objects.requireNonNull(in, "in");
        bindings = List.copyOf(bindings);
        if (bindings.isEmpty()) {
            throw new IllegalArgumentException("LET needs at least one binding");
        }
        Objects.requireNonNull(span, "span");
    }

    /**
     * One {@code expr AS name}.
     *
     * @param varId the variable bound
     * @param expr its value
     */
    public record Binding(int varId, PlanExpr expr) {

        public Binding {
            Objects.requireNonNull(expr, "expr");
        }
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        List<PlanExpr> out = new ArrayList<>(bindings.size());
        for (Binding b : bindings) {
            out.add(b.expr());
        }
        return out;
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        List<Binding> newBindings = new ArrayList<>(bindings.size());
        for (int i = 0; i < bindings.size(); i++) {
            newBindings.add(new Binding(bindings.get(i).varId(), expressions.get(i)));
        }
        return new Let(inputs.get(0), newBindings, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
