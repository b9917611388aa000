package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EvalJudgesTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();

    /** Stands in for PartiQLException. */
    private static final class EngineError extends RuntimeException {
        EngineError(String message) {
            super(message);
        }
    }

    /**
     * A toy engine: a statement {@code "x"} evaluates to the Ion value bound to {@code x} in the
     * environment; {@code "error"} fails at run time in strict mode and gives MISSING in permissive
     * mode; {@code "unknown"} fails at compile time; {@code "npe"} crashes; any other statement is
     * read as an Ion literal.
     */
    private static final EvaluationHook TOY =
            (statement, env, mode) -> {
                if (statement.equals("unknown")) {
                    throw new EngineError("1:1: unknown function 'unknown'");
                }
                if (statement.equals("pivot")) {
                    throw new EngineError("1:1: PIVOT is not supported yet");
                }
                return () -> {
                    switch (statement) {
                        case "error":
                            if (mode == EvalMode.ERROR) {
                                throw new EngineError("1:1: division by zero");
                            }
                            return ION.singleValue("$missing::null");
                        case "npe":
                            throw new NullPointerException();
                        default:
                            if (env instanceof IonStruct struct && struct.containsKey(statement)) {
                                return struct.get(statement).clone();
                            }
                            return ION.singleValue(statement);
                    }
                };
            };

    private final EvaluationProbe probe =
            new EvaluationProbe(
                    TOY,
                    EngineError.class,
                    error -> error.getMessage().contains("not supported yet"),
                    Duration.ofSeconds(10));

    @AfterEach
    void stopWorker() {
        probe.close();
    }

    /** The cases of one suite file, by name. */
    private static Map<String, ConformanceCase> cases(String file, String ion) {
        Map<String, ConformanceCase> byName = new HashMap<>();
        for (ConformanceCase testCase : SuiteLoader.fromText(Map.of(file, ion)).cases()) {
            byName.put(testCase.name(), testCase);
        }
        return byName;
    }

    private static final Map<String, ConformanceCase> EVAL =
            cases(
                    "eval/t.ion",
                    """
                    envs::{t: $bag::[{a: 1}, {a: 2}]}
                    {name: "bag in any order", statement: "t",
                     assert: {result: EvaluationSuccess, evalMode: [EvalModeCoerce, EvalModeError],
                              output: $bag::[{a: 2}, {a: 1}]}}
                    {name: "wrong", statement: "t",
                     assert: {result: EvaluationSuccess, evalMode: EvalModeCoerce,
                              output: $bag::[{a: 1}, {a: 3}]}}
                    {name: "by value", statement: "1",
                     assert: {result: EvaluationSuccess, evalMode: EvalModeCoerce, output: 1.0}}
                    {name: "modes differ", statement: "error",
                     assert: [{result: EvaluationSuccess, evalMode: EvalModeCoerce,
                               output: $missing::null},
                              {result: EvaluationFail, evalMode: EvalModeError}]}
                    {name: "static", statement: "unknown",
                     assert: {result: EvaluationFail, evalMode: EvalModeError}}
                    {name: "no error", statement: "2",
                     assert: {result: EvaluationFail, evalMode: EvalModeError}}
                    {name: "crash", statement: "npe",
                     assert: {result: EvaluationFail, evalMode: EvalModeError}}
                    {name: "unsupported", statement: "pivot",
                     assert: {result: EvaluationFail, evalMode: EvalModeError}}
                    {name: "unexpected error", statement: "unknown",
                     assert: {result: EvaluationSuccess, evalMode: EvalModeCoerce, output: 1}}
                    """);

    private Verdict coerce(String name) {
        return EvalJudges.inMode(probe, EvalMode.COERCE).judge(EVAL.get(name));
    }

    private Verdict strict(String name) {
        return EvalJudges.inMode(probe, EvalMode.ERROR).judge(EVAL.get(name));
    }

    @Test
    void aMatchingResultPassesInEachModeItIsAssertedFor() {
        assertThat(coerce("bag in any order")).isEqualTo(Verdict.pass());
        assertThat(strict("bag in any order")).isEqualTo(Verdict.pass());
    }

    @Test
    void aWrongResultShowsExpectedActualAndTheFirstDifference() {
        assertThat(coerce("wrong"))
                .isEqualTo(
                        Verdict.fail(
                                "expected $bag::[{a:1},{a:3}] but was $bag::[{a:1},{a:2}];"
                                        + " at $<<>>.a: expected 3 but was 2"));
    }

    @Test
    void aMatchByValueOnlyPassesWithANote() {
        Verdict verdict = coerce("by value");

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.detail()).isEqualTo("equal by value only: expected 1.0 but was 1");
    }

    @Test
    void eachModeIsJudgedOnItsOwnAssertion() {
        assertThat(coerce("modes differ")).isEqualTo(Verdict.pass());
        assertThat(strict("modes differ"))
                .isEqualTo(Verdict.pass("error at run: EngineError: 1:1: division by zero"));
    }

    @Test
    void anExpectedErrorMayComeAtCompileTime() {
        assertThat(strict("static"))
                .isEqualTo(
                        Verdict.pass(
                                "error at compile: EngineError: 1:1: unknown function 'unknown'"));
    }

    @Test
    void aMissingErrorOrACrashFailsAnExpectedError() {
        assertThat(strict("no error"))
                .isEqualTo(Verdict.fail("expected an error but evaluated to 2"));
        assertThat(strict("crash").detail())
                .startsWith("expected an error but crashed at run: java.lang.NullPointerException");
    }

    @Test
    void aMissingFeatureIsNeverTheExpectedError() {
        assertThat(strict("unsupported"))
                .isEqualTo(
                        Verdict.fail(
                                "expected an error but not supported at compile: EngineError:"
                                        + " 1:1: PIVOT is not supported yet"));
    }

    @Test
    void anUnexpectedErrorShowsItsFirstLine() {
        assertThat(coerce("unexpected error"))
                .isEqualTo(
                        Verdict.fail(
                                "error at compile: EngineError: 1:1: unknown function 'unknown'"));
    }

    @Test
    void aCaseWithoutAnAssertionForTheModeFails() {
        assertThat(coerce("static").outcome()).isEqualTo(Outcome.FAIL);
    }

    private static final Map<String, ConformanceCase> EQUIV =
            cases(
                    "eval-equiv/q.ion",
                    """
                    envs::{t: $bag::[1, 2]}
                    equiv_class::{id: same, statements: ["t", "$bag::[2, 1]"]}
                    equiv_class::{id: odd, statements: ["t", "$bag::[2, 1]", "[1, 2]"]}
                    equiv_class::{id: err, statements: ["error", "error"]}
                    {name: "same", statement: same,
                     assert: {result: EvaluationSuccess, evalMode: [EvalModeCoerce, EvalModeError],
                              output: $bag::[1, 2]}}
                    {name: "odd", statement: odd,
                     assert: {result: EvaluationSuccess, evalMode: [EvalModeCoerce, EvalModeError],
                              output: $bag::[1, 2]}}
                    {name: "err", statement: err,
                     assert: [{result: EvaluationSuccess, evalMode: EvalModeCoerce,
                               output: $missing::null},
                              {result: EvaluationFail, evalMode: EvalModeError}]}
                    """);

    @Test
    void anEquivalenceClassPassesWhenEveryStatementPassesInEveryMode() {
        CaseJudge judge = EvalJudges.equivalence(probe);

        assertThat(judge.judge(EQUIV.get("same"))).isEqualTo(Verdict.pass());
        assertThat(judge.judge(EQUIV.get("err")))
                .isEqualTo(
                        Verdict.pass(
                                "EvalModeError, statement 1 of 2: error at run: EngineError: 1:1:"
                                        + " division by zero"));
    }

    @Test
    void anEquivalenceClassNamesTheModeAndTheStatementThatFailed() {
        assertThat(EvalJudges.equivalence(probe).judge(EQUIV.get("odd")))
                .isEqualTo(
                        Verdict.fail(
                                "EvalModeCoerce, statement 3 of 3: expected $bag::[1,2] but"
                                        + " was [1,2]"));
    }

    private static final Map<String, ConformanceCase> STATIC =
            cases(
                    "fail/static-analysis/s.ion",
                    """
                    {name: "rejected", statement: "unknown", assert: {result: StaticAnalysisFail}}
                    {name: "at run time", statement: "error", assert: {result: StaticAnalysisFail}}
                    {name: "accepted", statement: "3", assert: {result: StaticAnalysisFail}}
                    {name: "crash", statement: "npe", assert: {result: StaticAnalysisFail}}
                    {name: "unsupported", statement: "pivot", assert: {result: StaticAnalysisFail}}
                    """);

    @Test
    void aStaticFailurePassesWhenRejectedAtCompileOrRunTimeAndSaysWhere() {
        CaseJudge judge = EvalJudges.mustReject(probe);

        assertThat(judge.judge(STATIC.get("rejected")))
                .isEqualTo(
                        Verdict.pass(
                                "error at compile: EngineError: 1:1: unknown function"
                                        + " 'unknown'"));
        assertThat(judge.judge(STATIC.get("at run time")))
                .isEqualTo(Verdict.pass("error at run: EngineError: 1:1: division by zero"));
    }

    @Test
    void aStaticFailureFailsWhenTheStatementRunsOrCrashes() {
        CaseJudge judge = EvalJudges.mustReject(probe);

        assertThat(judge.judge(STATIC.get("accepted")))
                .isEqualTo(Verdict.fail("evaluated to 3, but the suite expects a static error"));
        assertThat(judge.judge(STATIC.get("crash")).detail())
                .startsWith("crashed at run: java.lang.NullPointerException")
                .endsWith(", but the suite expects a static error");
        assertThat(judge.judge(STATIC.get("unsupported")))
                .isEqualTo(
                        Verdict.fail(
                                "not supported at compile: EngineError: 1:1: PIVOT is not"
                                        + " supported yet, but the suite expects a static error"));
    }

    @Test
    void theEnvironmentReachesTheHookUnchanged() {
        IonValue env = EVAL.get("wrong").env();

        assertThat(env).isNotNull();
        assertThat(env.toString()).contains("t:$bag::[{a:1},{a:2}]");
    }
}
