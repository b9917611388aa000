package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A searched {@code CASE WHEN c THEN r ... ELSE e END}: the result of the first branch whose
 * condition is TRUE, else {@link #otherwise()}. A simple CASE {@code CASE x WHEN v THEN r} is
 * normalized to a searched one with conditions {@code x = v}.
 *
 * @param branches the branches, at least one
 * @param otherwise the ELSE result (a NULL literal when ELSE was not written)
 * @param span where the CASE was written
 */
public record CaseNode(List<Branch> branches, PlanExpr otherwise, SourceSpan span)
        implements PlanExpr {

    public CaseNode {
        branches = List.copyOf(branches);
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("CASE needs at least one branch");
        }
        Objects.requireNonNull(otherwise, "otherwise");
        Objects.requireNonNull(span, "span");
    }

    /**
     * One {@code WHEN condition THEN result}.
     *
     * @param condition the condition
     * @param result the result when the condition is TRUE
     */
    public record Branch(PlanExpr condition, PlanExpr result) {

        public Branch {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(result, "result");
        }
    }

    @Override
    public List<PlanExpr> operands() {
        List<PlanExpr> out = new ArrayList<>(2 * branches.size() + 1);
        for (Branch b : branches) {
            out.add(b.condition());
            out.add(b.result());
        }
        if (otherwise != null) {
            out.add(otherwise);
        }
        return out;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        List<Branch> newBranches = new ArrayList<>(branches.size());
        for (int i = 0; i < branches.size(); i++) {
            newBranches.add(new Branch(operands.get(2 * i), operands.get(2 * i + 1)));
        }
        return new CaseNode(newBranches, operands.get(operands.size() - 1), span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
