package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A long run of arithmetic operators of one precedence level, {@code a + b - c + ...} or {@code a *
 * b / c ...}, as one flat node: it means exactly the left-deep {@code ((a + b) - c) + ...} (never
 * regrouped: FLOAT and rounded DECIMAL results depend on the grouping), but no recursive pass has
 * to walk one level per operator. The parser builds it only for runs longer than a threshold;
 * shorter ones stay {@link Binary} nodes.
 *
 * @param operands the operands, in order, one more than {@code ops}
 * @param ops the operators ({@code + - * / %}, all of one precedence level), {@code ops.get(i)}
 *     between {@code operands.get(i)} and {@code operands.get(i + 1)}
 * @param opSpans for each operator, the span of the left-deep {@link Binary} it stands for (from
 *     the chain's start through its right operand), so errors name it as before
 * @param span where the whole chain was written
 */
public record ArithmeticChainExpr(
        List<Expr> operands, List<Binary.Op> ops, List<SourceSpan> opSpans, SourceSpan span)
        implements Expr {

    public ArithmeticChainExpr {
        operands = List.copyOf(operands);
        ops = List.copyOf(ops);
        opSpans = List.copyOf(opSpans);
        Objects.requireNonNull(span, "span");
        if (operands.size() != ops.size() + 1 || opSpans.size() != ops.size() || ops.isEmpty()) {
            throw new IllegalArgumentException("a chain has one operand more than operators");
        }
    }

    @Override
    public List<Node> children() {
        return Nodes.of(operands);
    }
}
