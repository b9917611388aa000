package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A long left-deep run of arithmetic operators of one precedence level, as one node: {@code ((a +
 * b) - c) + ...}, folded left to right (never regrouped).
 *
 * @param args the operands, in order, one more than {@code ops}
 * @param ops the binary arithmetic operators ({@link Operator#ADD}, {@link Operator#SUB}, {@link
 *     Operator#MUL}, {@link Operator#DIV}, {@link Operator#MOD}), {@code ops.get(i)} applied to the
 *     result so far and {@code args.get(i + 1)}
 * @param opSpans for each operator, the span errors of its step name
 * @param span where the whole chain was written
 */
public record ArithmeticChainNode(
        List<PlanExpr> args, List<Operator> ops, List<SourceSpan> opSpans, SourceSpan span)
        implements PlanExpr {

    public ArithmeticChainNode {
        args = List.copyOf(args);
        ops = List.copyOf(ops);
        opSpans = List.copyOf(opSpans);
        Objects.requireNonNull(span, "span");
        if (args.size() != ops.size() + 1 || opSpans.size() != ops.size() || ops.isEmpty()) {
            throw new IllegalArgumentException("a chain has one operand more than operators");
        }
        for (Operator op : ops) {
            if (op.arity() != 2) {
                throw new IllegalArgumentException(op + " is not a binary operator");
            }
        }
    }

    @Override
    public List<PlanExpr> operands() {
        return args;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new ArithmeticChainNode(Children.require(this, operands), ops, opSpans, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
