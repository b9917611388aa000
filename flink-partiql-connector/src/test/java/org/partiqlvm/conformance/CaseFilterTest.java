package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    private static final LoadedSuite SUITE =
            SuiteLoader.fromText(
                    Map.of(
                            "eval/primitives/functions/trim.ion",
                            "{name: \"TRIM both\", statement: \"trim(' a ')\","
                                    + " assert: {result: SyntaxSuccess}}\n"
                                    + "{name: \"TRIM leading\", statement: \"trim(leading from"
                                    + " ' a')\", assert: {result: SyntaxSuccess}}",
                            "eval/primitives/functions/upper.ion",
                            "{name: \"upper\", statement: \"upper('a')\","
                                    + " assert: {result: SyntaxSuccess}}"));

    @Test
    void selectsTheCasesWhoseIdContainsTheSubstringIgnoringCase() {
        assertThat(new CaseFilter("functions/TRIM/trim l").select(SUITE.cases()))
                .extracting(ConformanceCase::name)
                .containsExactly("TRIM leading");
        assertThat(new CaseFilter("trim").select(SUITE.cases())).hasSize(2);
        assertThat(new CaseFilter("nothing like this").select(SUITE.cases())).isEmpty();
    }

    @Test
    void noFilterSelectsEverything() {
        assertThat(CaseFilter.NONE.isActive()).isFalse();
        assertThat(CaseFilter.NONE.select(SUITE.cases())).isEqualTo(SUITE.cases());
        assertThat(CaseFilter.NONE.matches("any/id")).isTrue();
    }
}
