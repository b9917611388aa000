package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxJudgesTest {

    /** Stands in for ParseException, whose constructor belongs to the parser. */
    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message);
        }
    }

    /** A toy parser: accepts "ok", rejects "bad", crashes on anything else. */
    private static final ParseProbe PROBE =
            new ParseProbe(
                    statement -> {
                        switch (statement) {
                            case "ok" -> {}
                            case "bad" -> throw new SyntaxError("1:1: unexpected 'bad'\n bad\n ^");
                            case "deep" -> recurse(0);
                            case "oom" -> throw new OutOfMemoryError("boom");
                            default -> throw new IllegalStateException("no rule for " + statement);
                        }
                    },
                    SyntaxError.class);

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private static ConformanceCase testCase(String... statements) {
        return new ConformanceCase(
                "success/syntax/t/x",
                "success/syntax/t.ion",
                List.of(),
                "x",
                List.of(statements),
                null,
                List.of());
    }

    @Test
    void mustParsePassesWhenEveryStatementParses() {
        assertThat(SyntaxJudges.mustParse(PROBE).judge(testCase("ok", "ok")))
                .isEqualTo(Verdict.pass());
    }

    @Test
    void mustParseReportsTheFirstRejectedStatementWithTheFirstLineOfTheError() {
        Verdict verdict = SyntaxJudges.mustParse(PROBE).judge(testCase("ok", "bad", "ok"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.detail())
                .isEqualTo("statement 2 of 3: SyntaxError: 1:1: unexpected 'bad'");
    }

    @Test
    void mustParseRecordsACrashInsteadOfPropagatingIt() {
        Verdict verdict = SyntaxJudges.mustParse(PROBE).judge(testCase("what"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.detail())
                .startsWith("crashed: java.lang.IllegalStateException: no rule for what");
    }

    @Test
    void aStackOverflowIsRecordedAsACrash() {
        Verdict verdict = SyntaxJudges.mustParse(PROBE).judge(testCase("deep"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.detail()).startsWith("crashed: java.lang.StackOverflowError");
    }

    @Test
    void otherVirtualMachineErrorsPropagate() {
        assertThatThrownBy(() -> SyntaxJudges.mustParse(PROBE).judge(testCase("oom")))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void mustRejectPassesOnlyForTheSyntaxError() {
        CaseJudge judge = SyntaxJudges.mustReject(PROBE);

        assertThat(judge.judge(testCase("bad"))).isEqualTo(Verdict.pass());
        assertThat(judge.judge(testCase("ok")))
                .isEqualTo(Verdict.fail("parsed, but the suite expects a syntax error"));
        assertThat(judge.judge(testCase("what")).detail())
                .startsWith(
                        "crashed instead of reporting a syntax error:"
                                + " java.lang.IllegalStateException: no rule for what");
    }
}
