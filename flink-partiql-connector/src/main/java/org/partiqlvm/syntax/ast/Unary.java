package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A prefix operator applied to one operand: {@code -x}, {@code +x} or {@code NOT x}.
 *
 * @param op the operator
 * @param operand the operand
 * @param span where the node was written
 */
public record Unary(Op op, Expr operand, SourceSpan span) implements Expr {

    public Unary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(span, "span");
    }

    /** The prefix operators. */
    public enum Op {
        PLUS("+"),
        MINUS("-"),
        NOT("NOT");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in PartiQL. */
        public String symbol() {
            return symbol;
        }
    }

    @Override
    public List<Node> children() {
        return Nodes.of(operand);
    }
}
