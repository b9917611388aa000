package org.partiqlvm.plan.node;

/** The operators of {@link Op}: arithmetic, comparison and logic, each with its arity. */
public enum Operator {
    /** Unary {@code -x}. */
    NEG("-", 1),
    /** Unary {@code +x}. */
    POS("+", 1),
    /** {@code NOT x}. */
    NOT("NOT", 1),
    ADD("+", 2),
    SUB("-", 2),
    MUL("*", 2),
    DIV("/", 2),
    MOD("%", 2),
    EQ("=", 2),
    NE("<>", 2),
    LT("<", 2),
    LE("<=", 2),
    GT(">", 2),
    GE(">=", 2),
    AND("AND", 2),
    OR("OR", 2);

    private final String symbol;
    private final int arity;

    Operator(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** The operator as written in PartiQL. */
    public String symbol() {
        return symbol;
    }

    /** The number of operands: 1 or 2. */
    public int arity() {
        return arity;
    }
}
