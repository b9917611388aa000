package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatchetTest {

    private static final Set<Category> SYNTAX =
            Set.of(Category.SYNTAX_SUCCESS, Category.SYNTAX_FAIL, Category.EVAL_PARSE);

    private static CaseResult result(Category category, String id, Verdict verdict) {
        return new CaseResult(category, id, verdict);
    }

    private static Ratchet.Entry entry(Category category, String id) {
        return new Ratchet.Entry(category, id);
    }

    @Test
    void emptyOrCommentOnlyTextIsAnEmptyList() {
        assertThat(Ratchet.parse("").listed()).isEmpty();
        assertThat(Ratchet.parse("# header\n\n").listed()).isEmpty();
        Ratchet.Comparison comparison =
                Ratchet.parse("")
                        .compare(
                                SYNTAX,
                                List.of(result(Category.SYNTAX_FAIL, "f/a", Verdict.pass())));
        assertThat(comparison.regressions()).isEmpty();
        assertThat(comparison.newlyPassing()).containsExactly(entry(Category.SYNTAX_FAIL, "f/a"));
    }

    @Test
    void aFilteredRunJudgesOnlyTheListedCasesInScope() {
        Ratchet ratchet =
                Ratchet.parse(
                        "eval-coerce\teval/a/trim 1\neval-coerce\teval/a/trim 2\n"
                                + "eval-coerce\teval/b/upper\n");
        CaseFilter filter = new CaseFilter("TRIM");

        Ratchet.Comparison comparison =
                ratchet.compare(
                        Set.of(Category.EVAL_COERCE),
                        List.of(
                                result(Category.EVAL_COERCE, "eval/a/trim 1", Verdict.pass()),
                                result(
                                        Category.EVAL_COERCE,
                                        "eval/a/trim 2",
                                        Verdict.fail("wrong"))),
                        filter::matches);

        assertThat(comparison.regressions())
                .extracting(r -> r.entry().id() + ": " + r.now())
                .containsExactly("eval/a/trim 2: FAIL: wrong");
        assertThat(comparison.newlyPassing()).isEmpty();
    }

    @Test
    void formatSortsByCategoryThenIdAndParsesBack() {
        Ratchet ratchet =
                new Ratchet(
                        List.of(
                                entry(Category.SYNTAX_SUCCESS, "s/b"),
                                entry(Category.EVAL_PARSE, "e/z"),
                                entry(Category.SYNTAX_SUCCESS, "s/a x")));

        String text = ratchet.format();

        assertThat(text.lines().filter(line -> !line.startsWith("#")))
                .containsExactly("eval-parse\te/z", "syntax-success\ts/a x", "syntax-success\ts/b");
        assertThat(Ratchet.parse(text).listed()).isEqualTo(ratchet.listed());
    }

    @Test
    void malformedLinesNameTheirLineNumber() {
        assertThatThrownBy(() -> Ratchet.parse("# h\nsyntax-success s/a\n"))
                .hasMessageContaining("passing.txt line 2: expected category<TAB>id");
        assertThatThrownBy(() -> Ratchet.parse("syntax-sucess\ts/a\n"))
                .hasMessageContaining("passing.txt line 1")
                .hasMessageContaining("unknown conformance category 'syntax-sucess'");
    }

    @Test
    void listedCasesThatFailAreSkippedOrVanishedAreRegressions() {
        Ratchet ratchet =
                new Ratchet(
                        List.of(
                                entry(Category.SYNTAX_SUCCESS, "s/ok"),
                                entry(Category.SYNTAX_SUCCESS, "s/broken"),
                                entry(Category.EVAL_PARSE, "e/skipped"),
                                entry(Category.SYNTAX_FAIL, "f/gone")));
        List<CaseResult> results =
                List.of(
                        result(Category.SYNTAX_SUCCESS, "s/ok", Verdict.pass()),
                        result(
                                Category.SYNTAX_SUCCESS,
                                "s/broken",
                                Verdict.fail("ParseException: 1:3")),
                        result(Category.EVAL_PARSE, "e/skipped", Verdict.skip("out of scope")),
                        result(Category.EVAL_PARSE, "e/new", Verdict.pass()));

        Ratchet.Comparison comparison = ratchet.compare(SYNTAX, results);

        assertThat(comparison.regressions())
                .extracting(regression -> regression.entry() + " -> " + regression.now())
                .containsExactly(
                        "eval-parse\te/skipped -> SKIP: out of scope",
                        "syntax-fail\tf/gone -> no longer in the suite",
                        "syntax-success\ts/broken -> FAIL: ParseException: 1:3");
        assertThat(comparison.newlyPassing()).containsExactly(entry(Category.EVAL_PARSE, "e/new"));
    }

    @Test
    void entriesOfCategoriesThatDidNotRunAreNeitherJudgedNorDropped() {
        Ratchet ratchet =
                new Ratchet(
                        List.of(
                                entry(Category.EVAL_COERCE, "e/evaluated"),
                                entry(Category.SYNTAX_SUCCESS, "s/old")));
        List<CaseResult> results =
                List.of(
                        result(Category.SYNTAX_SUCCESS, "s/old", Verdict.fail("crashed")),
                        result(Category.SYNTAX_SUCCESS, "s/new", Verdict.pass()));

        assertThat(ratchet.compare(SYNTAX, results).regressions())
                .extracting(Ratchet.Regression::entry)
                .containsExactly(entry(Category.SYNTAX_SUCCESS, "s/old"));

        Ratchet updated = ratchet.updated(SYNTAX, results);

        assertThat(updated.listed())
                .containsExactly(
                        entry(Category.EVAL_COERCE, "e/evaluated"),
                        entry(Category.SYNTAX_SUCCESS, "s/new"));
    }

    @Test
    void theCheckedInListIsInCanonicalForm() throws IOException {
        String raw;
        try (InputStream in = Ratchet.class.getResourceAsStream(Ratchet.RESOURCE)) {
            raw = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assumeTrue(raw != null, "no passing.txt checked in (an empty list)");

        // Parses, and is exactly what -Dpartiql.conformance.update=true would write: the header,
        // then sorted unique lines. A hand edit that breaks this shows up here.
        assertThat(raw).isEqualTo(Ratchet.parse(raw).format());
    }
}
