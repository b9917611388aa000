package org.partiqlvm.plan.expr;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.syntax.SourceSpan;

/**
 * Navigation from a value by field names and indexes, such as {@code r.items[0].price}.
 *
 * <p>The steps are only {@link PathStep.Field}, {@link PathStep.Key} and {@link PathStep.Index}
 * (wildcard paths are lowered to queries). A step that does not apply (a field of a non-struct, an
 * index out of range) gives MISSING in permissive mode and an error in strict mode.
 *
 * @param root the value navigated from
 * @param steps the steps, at least one
 * @param span where the path was written
 */
public record PathGet(PlanExpr root, List<PathStep> steps, SourceSpan span) implements PlanExpr {

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
}
