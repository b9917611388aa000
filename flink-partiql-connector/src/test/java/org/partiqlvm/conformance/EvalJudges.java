package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * The judges of the categories that need the engine. Every statement of a case (several for an
 * {@code equiv_class} reference) must satisfy the assertion:
 *
 * <ul>
 *   <li>{@code EvaluationSuccess}: the result {@link ResultEquivalence#matches matches} the output;
 *   <li>{@code EvaluationFail}: the engine throws its own exception, at compile or at run time;
 *   <li>anything else fails the case: a wrong result, an unexpected error, a crash (any other
 *       throwable), a timeout.
 * </ul>
 *
 * A failing case's detail names the statement (when there are several), the mode (for {@link
 * Category#EVAL_EQUIV}) and what went wrong. A passing case's detail is a note: where and why the
 * statement was rejected, for an expected error, or, when the result matches only under the suite's
 * loose typing ({@code 1} for {@code 1.0}), both values. An error the engine marks as a missing
 * feature ({@link EvalOutcome.Unsupported}) never passes a case, not even one expecting an error.
 */
public final class EvalJudges {

    private EvalJudges() {}

    /**
     * For {@link Category#EVAL_COERCE} and {@link Category#EVAL_ERROR}: the case's assertions for
     * {@code mode} hold when evaluated in {@code mode}.
     */
    public static CaseJudge inMode(EvaluationProbe probe, EvalMode mode) {
        return testCase -> {
            List<ConformanceAssertion> assertions = new ArrayList<>();
            for (ConformanceAssertion assertion : testCase.assertions()) {
                if (assertion.appliesTo(mode)) {
                    assertions.add(assertion);
                }
            }
            if (assertions.isEmpty()) {
                return Verdict.fail("the case has no assertion for " + mode.symbol());
            }
            return judgeAll(probe, testCase, assertions, EnumSet.of(mode), false);
        };
    }

    /**
     * For {@link Category#EVAL_EQUIV}: every statement of the equivalence class satisfies every
     * assertion, in each mode the assertion names. One verdict per case, whatever the modes.
     */
    public static CaseJudge equivalence(EvaluationProbe probe) {
        return testCase -> {
            if (testCase.evalModes().isEmpty()) {
                return Verdict.fail("the case has no evaluation assertion");
            }
            return judgeAll(probe, testCase, testCase.assertions(), null, true);
        };
    }

    /**
     * For {@link Category#STATIC_FAIL}: the engine rejects every statement with its own exception,
     * when compiling or when running (in {@link EvalMode#ERROR}, without globals: these cases have
     * no environment). A {@code ParseException} counts, as the suite's README allows.
     */
    public static CaseJudge mustReject(EvaluationProbe probe) {
        return testCase -> {
            List<String> statements = testCase.statements();
            String note = "";
            for (int i = 0; i < statements.size(); i++) {
                EvalOutcome outcome = probe.probe(statements.get(i), null, EvalMode.ERROR);
                String which = which(i, statements.size());
                if (!(outcome instanceof EvalOutcome.Rejected)) {
                    String what =
                            outcome instanceof EvalOutcome.Returned returned
                                    ? "evaluated to " + Mismatch.ion(returned.result())
                                    : EvalOutcome.describe(outcome);
                    return Verdict.fail(which + what + ", but the suite expects a static error");
                }
                if (note.isEmpty()) {
                    note = which + EvalOutcome.describe(outcome);
                }
            }
            return Verdict.pass(note);
        };
    }

    /**
     * Checks each assertion for each statement, in {@code modes} (null: each assertion's own modes,
     * named in the detail when {@code nameModes}).
     */
    private static Verdict judgeAll(
            EvaluationProbe probe,
            ConformanceCase testCase,
            List<ConformanceAssertion> assertions,
            Set<EvalMode> modes,
            boolean nameModes) {
        List<String> statements = testCase.statements();
        String note = "";
        for (ConformanceAssertion assertion : assertions) {
            Set<EvalMode> assertedModes = modes != null ? modes : assertion.evalModes();
            for (EvalMode mode : assertedModes) {
                for (int i = 0; i < statements.size(); i++) {
                    String which = which(i, statements.size());
                    String where =
                            !nameModes
                                    ? which
                                    : mode.symbol() + (which.isEmpty() ? ": " : ", " + which);
                    EvalOutcome outcome = probe.probe(statements.get(i), testCase.env(), mode);
                    Check check = check(assertion, outcome);
                    if (!check.passed()) {
                        return Verdict.fail(where + check.detail());
                    }
                    if (note.isEmpty() && !check.detail().isEmpty()) {
                        note = where + check.detail();
                    }
                }
            }
        }
        return Verdict.pass(note);
    }

    /** The finding on one evaluation: a pass (with an optional note) or a failure. */
    private record Check(boolean passed, String detail) {}

    private static Check check(ConformanceAssertion assertion, EvalOutcome outcome) {
        if (assertion.result() == ExpectedResult.EVALUATION_FAIL) {
            if (outcome instanceof EvalOutcome.Rejected) {
                return new Check(true, EvalOutcome.describe(outcome));
            }
            if (outcome instanceof EvalOutcome.Returned returned) {
                return new Check(
                        false,
                        "expected an error but evaluated to " + Mismatch.ion(returned.result()));
            }
            return new Check(false, "expected an error but " + EvalOutcome.describe(outcome));
        }
        if (assertion.result() != ExpectedResult.EVALUATION_SUCCESS) {
            return new Check(false, "not an evaluation assertion: " + assertion.result().symbol());
        }
        if (!(outcome instanceof EvalOutcome.Returned returned)) {
            return new Check(false, EvalOutcome.describe(outcome));
        }
        return compare(assertion.output(), returned.result());
    }

    private static Check compare(IonValue expectedIon, IonValue actualIon) {
        if (expectedIon == null) {
            return new Check(false, "the suite gives no expected output");
        }
        Value expected;
        try {
            expected = IonValueReader.standard().fromIonValue(expectedIon);
        } catch (RuntimeException e) {
            return new Check(false, "cannot read the expected output: " + e.getMessage());
        }
        Value actual;
        try {
            actual = IonValueReader.standard().fromIonValue(actualIon);
        } catch (RuntimeException e) {
            return new Check(
                    false,
                    "the result "
                            + Mismatch.ion(actualIon)
                            + " is not in the suite's encoding: "
                            + e.getMessage());
        }
        if (!ResultEquivalence.matches(expected, actual)) {
            return new Check(false, Mismatch.describe(expected, actual));
        }
        if (!ResultEquivalence.sameTypes(expected, actual)) {
            return new Check(
                    true,
                    "equal by value only: expected "
                            + Mismatch.ion(expected)
                            + " but was "
                            + Mismatch.ion(actual));
        }
        return new Check(true, "");
    }

    private static String which(int index, int count) {
        return count == 1 ? "" : "statement " + (index + 1) + " of " + count + ": ";
    }
}
