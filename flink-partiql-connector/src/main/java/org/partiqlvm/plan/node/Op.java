package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An operator applied to its operands: {@code -x}, {@code a + b}, {@code a = b}, {@code a AND b}.
 *
 * @param op the operator
 * @param args the operands, {@link Operator#arity()} of them
 * @param span where the operation was written
 */
public record Op(Operator op, List<PlanExpr> args, SourceSpan span) implements PlanExpr {

    public Op {
        Objects.requireNonNull(op, "op");
        args = List.copyOf(args);
        if (args.size() != op.arity()) {
            throw new IllegalArgumentException(op + " takes " + op.arity() + " operands");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return args;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new Op(op, Children.require(this, operands), span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
