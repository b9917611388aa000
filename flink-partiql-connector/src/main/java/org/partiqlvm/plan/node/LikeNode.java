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

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        PlanExpr newEscape = escape == null ? null : operands.get(2);
        return new LikeNode(operands.get(0), operands.get(1), newEscape, negated, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
