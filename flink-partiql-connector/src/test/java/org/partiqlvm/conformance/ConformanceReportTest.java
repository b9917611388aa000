package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {

    private static final LoadedSuite SUITE = new LoadedSuite(List.of(), 3, 1);

    private static final List<CaseResult> RESULTS =
            List.of(
                    new CaseResult(Category.SYNTAX_SUCCESS, "s/b", Verdict.pass()),
                    new CaseResult(
                            Category.SYNTAX_SUCCESS,
                            "s/a",
                            Verdict.fail("ParseException: 1:2: expected\texpression\n  caret")),
                    new CaseResult(Category.EVAL_PARSE, "e/g", Verdict.skip("out of scope")),
                    new CaseResult(Category.EVAL_PARSE, "e/x", Verdict.pass()));

    private static ConformanceReport report() {
        var ran = EnumSet.of(Category.SYNTAX_SUCCESS, Category.SYNTAX_FAIL, Category.EVAL_PARSE);
        return new ConformanceReport(SUITE, Tally.byCategory(ran, RESULTS), RESULTS);
    }

    @Test
    void consoleHasOneLinePerCategory() {
        assertThat(report().consoleLines())
                .containsExactly(
                        "conformance syntax-success: 1/2 passed (50.0%), 1 failed, 0 skipped",
                        "conformance syntax-fail: 0/0 passed (100.0%), 0 failed, 0 skipped",
                        "conformance eval-parse: 1/1 passed (100.0%), 0 failed, 1 skipped",
                        "conformance eval-coerce: not run (needs an EvaluationHook from the engine)",
                        "conformance eval-error: not run (needs an EvaluationHook from the engine)",
                        "conformance eval-equiv: not run (needs an EvaluationHook from the engine)",
                        "conformance static-fail: not run (needs an EvaluationHook from the engine)");
    }

    @Test
    void resultsTsvIsSortedByIdAndKeepsOneLinePerResult() {
        assertThat(report().resultsTsv())
                .isEqualTo(
                        "id\tcategory\toutcome\tms\tdetail\n"
                                + "e/g\teval-parse\tSKIP\t0\tout of scope\n"
                                + "e/x\teval-parse\tPASS\t0\t\n"
                                + "s/a\tsyntax-success\tFAIL\t0\tParseException: 1:2: expected"
                                + " expression\n"
                                + "s/b\tsyntax-success\tPASS\t0\t\n");
    }

    @Test
    void summaryJsonCountsEachCategoryThatRan(@TempDir Path dir) throws IOException {
        report().write(dir);

        String json = Files.readString(dir.resolve("summary.json")).replaceAll("\\s+", "");
        assertThat(json)
                .startsWith("{\"suite\":{\"files\":3,\"cases\":0,\"duplicateIds\":1}")
                .contains(
                        "\"syntax-success\":{\"passed\":1,\"failed\":1,\"skipped\":0,"
                                + "\"passRate\":0.5,\"minimumPassRate\":0.99}")
                .contains("\"eval-parse\":{\"passed\":1,\"failed\":0,\"skipped\":1,")
                .contains(
                        "\"notRun\":[\"eval-coerce\",\"eval-error\",\"eval-equiv\",\"static-fail\"]");
        assertThat(Files.readAllLines(dir.resolve("results.tsv"))).hasSize(5);
    }

    @Test
    void aFilteredRunSaysSoOnTheConsoleAndInTheSummary() {
        var ran = EnumSet.of(Category.SYNTAX_SUCCESS);
        ConformanceReport report =
                new ConformanceReport(
                        SUITE, Tally.byCategory(ran, RESULTS), RESULTS, new CaseFilter("s/"));

        assertThat(report.consoleLines().get(0))
                .isEqualTo(
                        "conformance filter: only ids containing 's/'"
                                + " (-Dpartiql.conformance.filter)");
        assertThat(report.summaryJson().replaceAll("\\s+", ""))
                .contains("\"duplicateIds\":1},\"filter\":\"s/\",\"categories\"");
    }

    @Test
    void percentIsNeverRoundedToAllOrNothingFalsely() {
        assertThat(new Tally(327, 1, 0).percent()).isEqualTo("99.7%");
        assertThat(new Tally(9999, 1, 0).percent()).isEqualTo("99.9%");
        assertThat(new Tally(1, 9999, 0).percent()).isEqualTo("0.1%");
        assertThat(new Tally(0, 5, 3).percent()).isEqualTo("0.0%");
        assertThat(new Tally(5, 0, 3).percent()).isEqualTo("100.0%");
    }

    @Test
    void tallyCountsOnlyTheCategoriesThatRan() {
        Map<Category, Tally> tallies = Tally.byCategory(EnumSet.of(Category.EVAL_PARSE), RESULTS);

        assertThat(tallies).containsOnlyKeys(Category.EVAL_PARSE);
        assertThat(tallies.get(Category.EVAL_PARSE)).isEqualTo(new Tally(1, 0, 1));
        assertThat(tallies.get(Category.EVAL_PARSE).passRate()).isEqualTo(1.0);
    }
}
