package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A binary operator such as {@code a + b}, {@code a AND b} or {@code a || b}.
 *
 * @param op the operator
 * @param left the left operand
 * @param right the right operand
 * @param span where the node was written
 */
public record Binary(Op op, Expr left, Expr right, SourceSpan span) implements Expr {

    public Binary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(span, "span");
    }

    /**
     * The binary operators, each with its PartiQL spelling. {@link #OVERLAPS} (two periods, each a
     * {@code [start, end]} or {@code [start, interval]} pair) binds like a comparison.
     */
    public enum Op {
        OR("OR"),
        AND("AND"),
        EQ("="),
        NE("<>"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        OVERLAPS("OVERLAPS"),
        CONCAT("||"),
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/"),
        MOD("%");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in PartiQL ({@code !=} is read as {@link #NE} too). */
        public String symbol() {
            return symbol;
        }
    }

    @Override
    public List<Node> children() {
        return Nodes.of(left, right);
    }
}
