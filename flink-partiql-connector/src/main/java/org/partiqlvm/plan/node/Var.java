package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A reference to a local variable bound by the plan (FROM AS/AT/BY, UNPIVOT, LET, a GROUP BY key,
 * GROUP AS, an aggregate's output, or a variable the planner introduced).
 *
 * <p>Variable ids are unique within a statement and dense from 0 (see {@link
 * org.partiqlvm.plan.LogicalPlan#variables()}); the engine maps each to a frame slot.
 *
 * @param varId the variable's id
 * @param name the variable's name, for EXPLAIN and messages
 * @param span where the reference was written
 */
public record Var(int varId, String name, SourceSpan span) implements PlanExpr {

    public Var {
        if (varId < 0) {
            throw new IllegalArgumentException("negative varId " + varId);
        }
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
