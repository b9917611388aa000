package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * Navigation from a value by field names and indexes, such as {@code r.items[0].price}.
 *
 * <p>The steps are only {@link PathStepNode.Field}, {@link PathStepNode.Key} and {@link
 * PathStepNode.Index} (wildcard paths are lowered to queries). A step that does not apply (a field
 * of a non-struct, an index out of range) gives MISSING in permissive mode and an error in strict
 * mode.
 *
 * <p>A NULL root gives MISSING, like any step on a value of the wrong kind, unless {@code
 * nullTupleRoot}: the root is a variable an outer join may bind to its null-extended row (see
 * {@link org.partiqlvm.plan.VarInfo}), whose attributes are all NULL, so a NULL root gives NULL.
 *
 * @param root the value navigated from
 * @param steps the steps, at least one
 * @param nullTupleRoot whether a NULL root stands for a null-extended row
 * @param span where the path was written
 */
public record PathGet(
        PlanExpr root, List<PathStepNode> steps, boolean nullTupleRoot, SourceSpan span)
        implements PlanExpr {

    /** A path whose NULL root gives MISSING. */
    public PathGet(PlanExpr root, List<PathStepNode> steps, SourceSpan span) {
        this(root, steps, false, span);
    }

    public PathGet {
        Objects.requireNonNull(root, "root");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one step");
        }
        for (PathStepNode step : steps) {
            if (step instanceof PathStepNode.AllElements
                    || step instanceof PathStepNode.AllFields) {
                throw new IllegalArgumentException("wildcard step in a PathGet: " + step);
            }
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        List<PlanExpr> out = new ArrayList<>(1 + steps.size());
        out.add(root);
        for (PathStepNode step : steps) {
            out.addAll(step.operands());
        }
        return out;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        List<PathStepNode> newSteps = new ArrayList<>(steps.size());
        int next = 1;
        for (PathStepNode step : steps) {
            int count = step.operands().size();
            newSteps.add(step.withOperands(operands.subList(next, next + count)));
            next += count;
        }
        return new PathGet(operands.get(0), newSteps, nullTupleRoot, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
