package org.partiqlvm.conformance;

import java.util.List;

/** The judges of the categories that need only the parser. */
public final class SyntaxJudges {

    private SyntaxJudges() {}

    /**
     * For {@link Category#SYNTAX_SUCCESS} and {@link Category#EVAL_PARSE}: every statement of the
     * case must parse.
     */
    public static CaseJudge mustParse(ParseProbe probe) {
        return testCase -> {
            List<String> statements = testCase.statements();
            for (int i = 0; i < statements.size(); i++) {
                ParseOutcome outcome = probe.probe(statements.get(i));
                String which = which(i, statements.size());
                if (outcome instanceof ParseOutcome.Rejected rejected) {
                    return Verdict.fail(which + ParseOutcome.describeRejection(rejected.error()));
                }
                if (outcome instanceof ParseOutcome.Crashed crashed) {
                    return Verdict.fail(
                            which + "crashed: " + ParseOutcome.describeCrash(crashed.error()));
                }
            }
            return Verdict.pass();
        };
    }

    /**
     * For {@link Category#SYNTAX_FAIL}: every statement must be rejected with a syntax error; a
     * statement that parses, or any other exception, fails the case.
     */
    public static CaseJudge mustReject(ParseProbe probe) {
        return testCase -> {
            List<String> statements = testCase.statements();
            for (int i = 0; i < statements.size(); i++) {
                ParseOutcome outcome = probe.probe(statements.get(i));
                String which = which(i, statements.size());
                if (outcome instanceof ParseOutcome.Accepted) {
                    return Verdict.fail(which + "parsed, but the suite expects a syntax error");
                }
                if (outcome instanceof ParseOutcome.Crashed crashed) {
                    return Verdict.fail(
                            which
                                    + "crashed instead of reporting a syntax error: "
                                    + ParseOutcome.describeCrash(crashed.error()));
                }
            }
            return Verdict.pass();
        };
    }

    private static String which(int index, int count) {
        return count == 1 ? "" : "statement " + (index + 1) + " of " + count + ": ";
    }
}
