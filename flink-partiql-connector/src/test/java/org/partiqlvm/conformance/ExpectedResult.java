package org.partiqlvm.conformance;

/** The {@code result} symbol of a suite assertion: what the statement is expected to do. */
public enum ExpectedResult {
    SYNTAX_SUCCESS("SyntaxSuccess"),
    SYNTAX_FAIL("SyntaxFail"),
    STATIC_ANALYSIS_FAIL("StaticAnalysisFail"),
    EVALUATION_SUCCESS("EvaluationSuccess"),
    EVALUATION_FAIL("EvaluationFail");

    private final String symbol;

    ExpectedResult(String symbol) {
        this.symbol = symbol;
    }

    /** The Ion symbol the suite uses for this result. */
    public String symbol() {
        return symbol;
    }

    /** True for the results that need the statement to be evaluated. */
    public boolean isEvaluation() {
        return this == EVALUATION_SUCCESS || this == EVALUATION_FAIL;
    }

    /** The result named by an Ion symbol of the suite, or an exception naming the valid ones. */
    public static ExpectedResult fromSymbol(String symbol) {
        for (ExpectedResult result : values()) {
            if (result.symbol.equals(symbol)) {
                return result;
            }
        }
        throw new IllegalArgumentException(
                "unknown assert result '"
                        + symbol
                        + "' (expected SyntaxSuccess, SyntaxFail, StaticAnalysisFail,"
                        + " EvaluationSuccess or EvaluationFail)");
    }
}
