package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.CastTarget;

/**
 * {@code CAST(value AS type)}, or the tests {@code CAN_CAST} / {@code CAN_LOSSLESS_CAST}. The type
 * is resolved and its parameters checked by the planner (such as {@code DECIMAL(p, s)} with {@code
 * 0 <= s <= p}, {@code p >= 1}).
 *
 * @param kind which form
 * @param value the value converted
 * @param type the target type
 * @param span where the cast was written
 */
public record Cast(Kind kind, PlanExpr value, CastTarget type, SourceSpan span)
        implements PlanExpr {

    public Cast {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    /** The three cast forms. */
    public enum Kind {
        CAST,
        CAN_CAST,
        CAN_LOSSLESS_CAST
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of(value);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new Cast(kind, Children.require(this, operands).get(0), type, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
