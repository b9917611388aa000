package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A binding of the environment the statement runs in: the stream, or a top-level name of the
 * conformance env.
 *
 * <p>When the planner knows the global (it is in {@link
 * org.partiqlvm.plan.PlannerOptions#globals()}), {@link #name()} is the declared spelling and
 * {@link #caseSensitive()} is true. Otherwise the name is as written and the engine looks it up at
 * run time (case-insensitively unless quoted), failing with "undefined variable" when absent.
 *
 * @param name the global's name
 * @param caseSensitive whether the lookup must match case exactly
 * @param span where the reference was written
 */
public record Global(String name, boolean caseSensitive, SourceSpan span) implements PlanExpr {

    public Global {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of();
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
