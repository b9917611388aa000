package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkipListTest {

    private static final SkipList SKIPS =
            SkipList.parse(
                    "# comment\n"
                            + "\n"
                            + "eval-parse\teval/experimental/graph\tgraph is out of scope\n"
                            + "syntax-success\tsuccess/syntax/x/one case\tone case\n");

    @Test
    void anEntryCoversItsIdItsDuplicatesAndEverythingBelowIt() {
        assertThat(SKIPS.reasonFor(Category.EVAL_PARSE, "eval/experimental/graph/a/b"))
                .isEqualTo("graph is out of scope");
        assertThat(SKIPS.reasonFor(Category.SYNTAX_SUCCESS, "success/syntax/x/one case"))
                .isEqualTo("one case");
        assertThat(SKIPS.reasonFor(Category.SYNTAX_SUCCESS, "success/syntax/x/one case#2"))
                .isEqualTo("one case");
    }

    @Test
    void anEntryCoversNothingElse() {
        assertThat(SKIPS.reasonFor(Category.EVAL_PARSE, "eval/experimental/graphs/a")).isNull();
        assertThat(SKIPS.reasonFor(Category.EVAL_COERCE, "eval/experimental/graph/a")).isNull();
        assertThat(SKIPS.reasonFor(Category.SYNTAX_SUCCESS, "success/syntax/x/one case 2"))
                .isNull();
    }

    @Test
    void malformedLinesNameTheirLineNumber() {
        assertThatThrownBy(() -> SkipList.parse("# c\neval-parse\teval/x\n"))
                .hasMessageContaining(
                        "skips.txt line 2: expected category<TAB>id-or-prefix<TAB>reason");
        assertThatThrownBy(() -> SkipList.parse("eval\teval/x\twhy\n"))
                .hasMessageContaining("skips.txt line 1: unknown conformance category 'eval'");
    }

    @Test
    void entriesThatSkipNothingInACategoryThatRanAreUnused() {
        List<CaseResult> results =
                List.of(
                        new CaseResult(
                                Category.EVAL_PARSE,
                                "eval/experimental/graph/a",
                                Verdict.skip("graph is out of scope")));

        assertThat(SKIPS.unused(Set.of(Category.EVAL_PARSE, Category.SYNTAX_SUCCESS), results))
                .extracting(SkipList.Entry::line)
                .containsExactly(4);
        assertThat(SKIPS.unused(Set.of(Category.EVAL_PARSE), results)).isEmpty();
    }

    @Test
    void theCheckedInListParsesAndSkipsOnlyGraphTestsAndThePlannersRefusals() {
        SkipList checkedIn = SkipList.fromClasspath();

        assertThat(checkedIn.entries())
                .isNotEmpty()
                .allSatisfy(
                        entry ->
                                assertThat(entry.idOrPrefix())
                                        .isIn(
                                                "eval/experimental/graph",
                                                "eval/primitives/functions/extract/extract/"
                                                        + "extract_time_precision_with_time_zone/"
                                                        + "EXTRACT(HOUR FROM TIME (2) WITH TIME"
                                                        + " ZONE '01:23:45.678-06:30')",
                                                "eval/query/select/select/select distinct/"
                                                        + "selectDistinctExpression"));
    }
}
