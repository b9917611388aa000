package org.partiqlvm.conformance;

/**
 * The evaluation mode an evaluation assertion applies to: the suite's {@code EvalModeCoerce}
 * (permissive: a type mismatch yields MISSING) or {@code EvalModeError} (strict: it is an error).
 */
public enum EvalMode {
    COERCE("EvalModeCoerce"),
    ERROR("EvalModeError");

    private final String symbol;

    EvalMode(String symbol) {
        this.symbol = symbol;
    }

    /** The Ion symbol the suite uses for this mode. */
    public String symbol() {
        return symbol;
    }

    /** The mode named by an Ion symbol of the suite, or an exception naming the valid ones. */
    public static EvalMode fromSymbol(String symbol) {
        for (EvalMode mode : values()) {
            if (mode.symbol.equals(symbol)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "unknown evalMode '" + symbol + "' (expected EvalModeCoerce or EvalModeError)");
    }
}
