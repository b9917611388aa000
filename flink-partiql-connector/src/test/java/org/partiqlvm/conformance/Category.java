package org.partiqlvm.conformance;

/**
 * What part of the implementation a group of test cases checks; a case can belong to several (an
 * {@code eval/} case is both {@link #EVAL_PARSE} and {@link #EVAL_COERCE}). Membership follows the
 * suite's folders and the cases' evaluation modes.
 *
 * <p>Each category carries its minimum pass rate, the safety net under the ratchet: this enum is
 * the one place to change them. The rate is {@code passed / (passed + failed)}; skipped cases do
 * not count. Each floor sits just below the rate last measured (see the Results table of {@code
 * docs/conformance.md}); raise them as the engine grows. The cases still failing are explained
 * there: most contradict other cases of the suite.
 */
public enum Category {
    /** {@code success/syntax}: every statement must parse. */
    SYNTAX_SUCCESS("syntax-success", 0.99),
    /** {@code fail/syntax}: the parser must reject the statement with a {@code ParseException}. */
    SYNTAX_FAIL("syntax-fail", 0.98),
    /** {@code eval/} and {@code eval-equiv/}: every statement must parse. */
    EVAL_PARSE("eval-parse", 0.999),
    /**
     * {@code eval/} cases with an {@code EvalModeCoerce} assertion: permissive evaluation gives the
     * expected output or error.
     */
    EVAL_COERCE("eval-coerce", 0.996),
    /**
     * {@code eval/} cases with an {@code EvalModeError} assertion: strict evaluation gives the
     * expected output or error.
     */
    EVAL_ERROR("eval-error", 0.996),
    /**
     * {@code eval-equiv/}: every statement of the equivalence class gives the expected output or
     * error, in every mode the case asserts (one verdict per case).
     */
    EVAL_EQUIV("eval-equiv", 0.74),
    /**
     * {@code fail/static-analysis}: the engine rejects the statement with its own exception, when
     * parsing, compiling or (strict mode) running it.
     */
    STATIC_FAIL("static-fail", 0.99);

    private final String label;
    private final double minimumPassRate;

    Category(String label, double minimumPassRate) {
        this.label = label;
        this.minimumPassRate = minimumPassRate;
    }

    /** The name used in reports, {@code passing.txt} and {@code skips.txt}. */
    public String label() {
        return label;
    }

    /** The lowest acceptable pass rate, from 0 to 1, once the category runs. */
    public double minimumPassRate() {
        return minimumPassRate;
    }

    /** True if {@code testCase} belongs to this category. */
    public boolean contains(ConformanceCase testCase) {
        return switch (this) {
            case SYNTAX_SUCCESS -> testCase.isUnder("success/syntax");
            case SYNTAX_FAIL -> testCase.isUnder("fail/syntax");
            case EVAL_PARSE -> testCase.isUnder("eval") || testCase.isUnder("eval-equiv");
            case EVAL_COERCE ->
                    testCase.isUnder("eval") && testCase.evalModes().contains(EvalMode.COERCE);
            case EVAL_ERROR ->
                    testCase.isUnder("eval") && testCase.evalModes().contains(EvalMode.ERROR);
            case EVAL_EQUIV -> testCase.isUnder("eval-equiv");
            case STATIC_FAIL -> testCase.isUnder("fail/static-analysis");
        };
    }

    /** The category with this label, or an exception listing the valid labels. */
    public static Category fromLabel(String label) {
        for (Category category : values()) {
            if (category.label.equals(label)) {
                return category;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (Category category : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(category.label);
        }
        throw new IllegalArgumentException(
                "unknown conformance category '" + label + "' (expected one of " + valid + ")");
    }
}
