package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * Navigation from a value by field names and indexes, such as {@code r.items[0].price}.
 *
 * <p>The steps are only {@link PathStep.Field}, {@link PathStep.Key} and {@link PathStep.Index}
 * (wildcard paths are lowered to queries). A step that does not apply (a field of a non-struct, an
 * index out of range) gives MISSING in permissive mode and an error in strict mode.
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
public record PathGet(PlanExpr root, List<PathStep> steps, boolean nullTupleRoot, SourceSpan span)
        implements PlanExpr {

    /** A path whose NULL root gives MISSING. */
    public PathGet(PlanExpr root, List<PathStep> steps, SourceSpan span) {
        this(root, steps, false, span);
    }

    public PathGet {
        Objects.requireNonNull(root, "root");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one step");
        }
        for (PathStep step : steps) {
            if (step instanceof PathStep.AllElements || step instanceof PathStep.AllFields) {
                throw new IllegalArgumentException("wildcard step in a PathGet: " + step);
            }
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        List<PlanExpr> out = new ArrayList<>(1 + steps.size());
        out.add(root);
        for (PathStep step : steps) {
            out.addAll(step.operands());
        }
        return out;
    }
}
