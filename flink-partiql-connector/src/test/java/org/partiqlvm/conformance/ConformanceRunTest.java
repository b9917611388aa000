package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceRunTest {

    private static final LoadedSuite SUITE =
            SuiteLoader.fromText(
                    Map.of(
                            "success/syntax/s.ion",
                            "{name: \"s\", statement: \"ok\", assert: {result: SyntaxSuccess}}",
                            "fail/syntax/f.ion",
                            "{name: \"f\", statement: \"bad\", assert: {result: SyntaxFail}}",
                            "fail/static-analysis/a.ion",
                            "{name: \"a\", statement: \"ok\", assert: {result: StaticAnalysisFail}}",
                            "eval/e.ion",
                            "{name: \"coerce\", statement: \"ok\", assert: {result: EvaluationFail,"
                                    + " evalMode: EvalModeCoerce}}\n"
                                    + "{name: \"both\", statement: \"bad\", assert: [{result:"
                                    + " EvaluationFail, evalMode: EvalModeError}, {result:"
                                    + " EvaluationSuccess, evalMode: EvalModeCoerce, output: 1}]}",
                            "eval/experimental/graph/g.ion",
                            "{name: \"g\", statement: \"MATCH\", assert: {result: EvaluationFail,"
                                    + " evalMode: EvalModeError}}",
                            "eval-equiv/q.ion",
                            "equiv_class::{id: c, statements: [\"ok\", \"ok\"]}\n"
                                    + "{name: \"q\", statement: c, assert: {result: EvaluationFail,"
                                    + " evalMode: EvalModeError}}"));

    private static final SkipList SKIPS =
            SkipList.parse("eval-parse\teval/experimental/graph\tgraph is out of scope\n");

    /** Judges by the statement text: "ok" passes, anything else fails. */
    private static final CaseJudge TEXT_JUDGE =
            testCase ->
                    testCase.statements().stream().allMatch("ok"::equals)
                            ? Verdict.pass()
                            : Verdict.fail("not ok");

    @Test
    void casesBelongToCategoriesByFolderAndEvalMode() {
        Map<Category, String> members = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            StringBuilder names = new StringBuilder();
            for (ConformanceCase testCase : SUITE.cases()) {
                if (category.contains(testCase)) {
                    names.append(names.length() == 0 ? "" : " ").append(testCase.name());
                }
            }
            members.put(category, names.toString());
        }

        assertThat(members)
                .containsEntry(Category.SYNTAX_SUCCESS, "s")
                .containsEntry(Category.SYNTAX_FAIL, "f")
                .containsEntry(Category.STATIC_FAIL, "a")
                .containsEntry(Category.EVAL_PARSE, "q coerce both g")
                .containsEntry(Category.EVAL_COERCE, "coerce both")
                .containsEntry(Category.EVAL_ERROR, "both g")
                .containsEntry(Category.EVAL_EQUIV, "q");
    }

    @Test
    void runsOnlyTheCategoriesWithAJudgeAndHonoursTheSkipList() {
        Map<Category, CaseJudge> judges = new EnumMap<>(Category.class);
        judges.put(Category.SYNTAX_SUCCESS, TEXT_JUDGE);
        judges.put(Category.EVAL_PARSE, TEXT_JUDGE);

        assertThat(ConformanceRun.run(SUITE.cases(), judges, SKIPS))
                .extracting(r -> r.id() + " " + r.category().label() + " " + r.outcome())
                .containsExactly(
                        "eval-equiv/q/q eval-parse PASS",
                        "eval/e/both eval-parse FAIL",
                        "eval/e/coerce eval-parse PASS",
                        "eval/experimental/graph/g/g eval-parse SKIP",
                        "success/syntax/s/s syntax-success PASS");
    }

    @Test
    void categoryLabelsRoundTrip() {
        for (Category category : Category.values()) {
            assertThat(Category.fromLabel(category.label())).isSameAs(category);
        }
    }
}
