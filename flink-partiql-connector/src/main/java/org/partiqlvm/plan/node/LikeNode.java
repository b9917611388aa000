package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE escape]}.
 *
 * @param value the string tested
 * @param pattern the pattern
 * @param escape the escape character, or null when not written
 * @param negated true for {@code NOT LIKE}
 * @param span where the test was written
 */
public record LikeNode(
        PlanExpr value, PlanExpr pattern, PlanExpr escape, boolean negated, SourceSpan span)
        implements PlanExpr {

    public LikeNode {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return PlanExpr.list(value, pattern, escape);
    }
}
