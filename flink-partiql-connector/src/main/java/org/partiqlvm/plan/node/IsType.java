package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.CastTarget;

/**
 * {@code value IS [NOT] type}, including {@code IS NULL} (type {@code NULL}) and {@code IS MISSING}
 * (type {@code MISSING}). The type is resolved by the planner.
 *
 * @param value the value tested
 * @param type the type tested for
 * @param negated true for {@code IS NOT}
 * @param span where the test was written
 */
public record IsType(PlanExpr value, CastTarget type, boolean negated, SourceSpan span)
        implements PlanExpr {

    public IsType {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of(value);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new IsType(Children.require(this, operands).get(0), type, negated, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
