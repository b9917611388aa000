package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ion.IonStruct;
import com.amazon.ion.IonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLoaderTest {

    private static final String OK = "assert: {result: SyntaxSuccess}";

    private static LoadedSuite load(String file, String ion) {
        return SuiteLoader.fromText(Map.of(file, ion));
    }

    private static Map<String, ConformanceCase> byName(LoadedSuite suite) {
        return suite.cases().stream()
                .collect(Collectors.toMap(ConformanceCase::name, Function.identity()));
    }

    private static String envText(ConformanceCase testCase) {
        return testCase.env() == null ? null : testCase.env().toString();
    }

    @Test
    void nestedNamespacesBecomePartOfTheId() {
        LoadedSuite suite =
                load(
                        "success/syntax/query/x.ion",
                        "{name: \"top\", statement: \"1\", "
                                + OK
                                + "}\n"
                                + "outer::[ inner::[ {name: \"deep\", statement: \"2\", "
                                + OK
                                + "} ],"
                                + " {name: \"middle\", statement: \"3\", "
                                + OK
                                + "} ]");

        assertThat(suite.cases())
                .extracting(ConformanceCase::id)
                .containsExactly(
                        "success/syntax/query/x/top",
                        "success/syntax/query/x/outer/inner/deep",
                        "success/syntax/query/x/outer/middle");
        ConformanceCase deep = suite.cases().get(1);
        assertThat(deep.file()).isEqualTo("success/syntax/query/x.ion");
        assertThat(deep.namespace()).containsExactly("outer", "inner");
        assertThat(deep.statements()).containsExactly("2");
        assertThat(suite.fileCount()).isEqualTo(1);
    }

    @Test
    void envsApplyToFollowingCasesAndToNamespacesOpenedAfterThem() {
        LoadedSuite suite =
                load(
                        "eval/e.ion",
                        "{name: \"before\", statement: \"1\", "
                                + OK
                                + "}\n"
                                + "early::[ {name: \"early\", statement: \"1\", "
                                + OK
                                + "} ]\n"
                                + "envs::{t: 1}\n"
                                + "{name: \"after\", statement: \"1\", "
                                + OK
                                + "}\n"
                                + "late::[ {name: \"inherits\", statement: \"1\", "
                                + OK
                                + "},\n"
                                + "        envs::{t: 2},\n"
                                + "        {name: \"own envs\", statement: \"1\", "
                                + OK
                                + "} ]\n"
                                + "{name: \"outer again\", statement: \"1\", "
                                + OK
                                + "}\n"
                                + "{name: \"own env\", statement: \"1\", env: {u: 3}, "
                                + OK
                                + "}\n");

        Map<String, ConformanceCase> cases = byName(suite);
        assertThat(envText(cases.get("before"))).isNull();
        assertThat(envText(cases.get("early"))).isNull();
        assertThat(envText(cases.get("after"))).isEqualTo("envs::{t:1}");
        assertThat(envText(cases.get("inherits"))).isEqualTo("envs::{t:1}");
        assertThat(envText(cases.get("own envs"))).isEqualTo("envs::{t:2}");
        assertThat(envText(cases.get("outer again"))).isEqualTo("envs::{t:1}");
        // A case's own env replaces the inherited one; it is not merged with it.
        assertThat(envText(cases.get("own env"))).isEqualTo("{u:3}");
    }

    @Test
    void envsDoNotCrossFiles() {
        LoadedSuite suite =
                SuiteLoader.fromText(
                        Map.of(
                                "eval/a.ion",
                                "envs::{t: 1}",
                                "eval/b.ion",
                                "{name: \"n\", statement: \"1\", " + OK + "}"));

        assertThat(suite.cases()).singleElement().extracting(ConformanceCase::env).isNull();
        assertThat(suite.fileCount()).isEqualTo(2);
    }

    @Test
    void loadedIonValuesAreReadOnly() {
        LoadedSuite suite =
                load(
                        "eval/r.ion",
                        "envs::{t: 1}\n"
                                + "{name: \"n\", statement: \"1\", assert: {result: EvaluationSuccess,"
                                + " evalMode: EvalModeCoerce, output: $bag::[1]}}");

        ConformanceCase testCase = suite.cases().get(0);
        IonValue output = testCase.assertions().get(0).output();
        assertThat(testCase.env().isReadOnly()).isTrue();
        assertThat(output.isReadOnly()).isTrue();
        assertThat(output.getTypeAnnotations()).containsExactly("$bag");
    }

    @Test
    void symbolStatementTakesTheStatementsOfTheEquivalenceClass() {
        LoadedSuite suite =
                load(
                        "eval-equiv/q.ion",
                        "equiv_class::{id: same, statements: [\"SELECT 1\", '''VALUES (1)''']}\n"
                                + "ns::[ {name: \"equiv\", statement: same, assert: {result:"
                                + " EvaluationSuccess, evalMode: [EvalModeCoerce, EvalModeError],"
                                + " output: $bag::[]}} ]\n"
                                + "{name: \"text\", statement: \"same\", "
                                + OK
                                + "}");

        Map<String, ConformanceCase> cases = byName(suite);
        assertThat(cases.get("equiv").statements()).containsExactly("SELECT 1", "VALUES (1)");
        // A string (not a symbol) is the statement itself.
        assertThat(cases.get("text").statements()).containsExactly("same");
    }

    @Test
    void equivalenceClassDefinedInAnInnerNamespaceIsNotVisibleOutside() {
        assertThatThrownBy(
                        () ->
                                load(
                                        "eval-equiv/q.ion",
                                        "inner::[ equiv_class::{id: e, statements: [\"1\"]} ]\n"
                                                + "{name: \"uses e\", statement: e, "
                                                + OK
                                                + "}"))
                .isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("eval-equiv/q.ion")
                .hasMessageContaining("test 'uses e'")
                .hasMessageContaining("equiv_class 'e'");
    }

    @Test
    void assertMayBeAStructOrAList() {
        LoadedSuite suite =
                load(
                        "eval/a.ion",
                        "{name: \"struct\", statement: \"1\", assert: {result: EvaluationFail,"
                                + " evalMode: EvalModeError}}\n"
                                + "{name: \"list\", statement: \"1\", assert: [\n"
                                + "  {result: EvaluationSuccess, evalMode: EvalModeCoerce, output:"
                                + " $missing::null},\n"
                                + "  {result: EvaluationFail, evalMode: [EvalModeError]} ]}\n"
                                + "{name: \"syntax\", statement: \"1\", assert: [{result:"
                                + " SyntaxFail}]}");

        Map<String, ConformanceCase> cases = byName(suite);
        ConformanceAssertion single = cases.get("struct").assertions().get(0);
        assertThat(single.result()).isEqualTo(ExpectedResult.EVALUATION_FAIL);
        assertThat(single.evalModes()).containsExactly(EvalMode.ERROR);
        assertThat(single.output()).isNull();

        List<ConformanceAssertion> two = cases.get("list").assertions();
        assertThat(two)
                .extracting(ConformanceAssertion::result)
                .containsExactly(ExpectedResult.EVALUATION_SUCCESS, ExpectedResult.EVALUATION_FAIL);
        assertThat(two.get(0).appliesTo(EvalMode.COERCE)).isTrue();
        assertThat(two.get(0).appliesTo(EvalMode.ERROR)).isFalse();
        assertThat(two.get(0).output().toString()).isEqualTo("$missing::null");
        assertThat(cases.get("list").evalModes())
                .isEqualTo(Set.of(EvalMode.COERCE, EvalMode.ERROR));

        ConformanceAssertion syntax = cases.get("syntax").assertions().get(0);
        assertThat(syntax.result()).isEqualTo(ExpectedResult.SYNTAX_FAIL);
        assertThat(syntax.evalModes()).isEmpty();
    }

    @Test
    void repeatedIdsGetANumberSuffix() {
        String same = "{name: \"same\", statement: \"1\", " + OK + "}\n";
        LoadedSuite suite = load("fail/syntax/d.ion", same + same + "ns::[" + same + "]" + same);

        assertThat(suite.cases())
                .extracting(ConformanceCase::id)
                .containsExactly(
                        "fail/syntax/d/same",
                        "fail/syntax/d/same#2",
                        "fail/syntax/d/ns/same",
                        "fail/syntax/d/same#3");
        assertThat(suite.duplicateIds()).isEqualTo(2);
    }

    @Test
    void idsHaveNoEdgeWhitespaceOrControlCharacters() {
        LoadedSuite suite =
                load("success/syntax/w.ion", "{name: \"a\\tb \", statement: \"1\", " + OK + "}");

        ConformanceCase testCase = suite.cases().get(0);
        assertThat(testCase.id()).isEqualTo("success/syntax/w/a b");
        assertThat(testCase.name()).isEqualTo("a\tb ");
    }

    @Test
    void malformedCasesAreReportedWithTheirPlace() {
        assertThatThrownBy(
                        () ->
                                load(
                                        "eval/bad.ion",
                                        "ns::[ {name: \"x\", statement: \"1\", assert: {result:"
                                                + " Maybe}} ]"))
                .isInstanceOf(SuiteFormatException.class)
                .hasMessageContaining("eval/bad.ion, namespace ns: test 'x'")
                .hasMessageContaining("unknown assert result 'Maybe'");
        assertThatThrownBy(
                        () ->
                                load(
                                        "eval/bad.ion",
                                        "{name: \"x\", statement: \"1\", assert: {result:"
                                                + " EvaluationSuccess, evalMode: EvalModeCoerce}}"))
                .hasMessageContaining("EvaluationSuccess needs an output");
        assertThatThrownBy(
                        () ->
                                load(
                                        "eval/bad.ion",
                                        "{name: \"x\", statement: \"1\", assert: {result:"
                                                + " EvaluationFail, evalMode: EvalModeLoose}}"))
                .hasMessageContaining("unknown evalMode 'EvalModeLoose'");
        assertThatThrownBy(() -> load("eval/bad.ion", "{name: \"x\", " + OK + "}"))
                .hasMessageContaining("field 'statement' must be a string or a symbol");
        assertThatThrownBy(() -> load("eval/bad.ion", "[ {name: \"x\"} ]"))
                .hasMessageContaining("a namespace list needs exactly one annotation");
        assertThatThrownBy(() -> load("eval/bad.ion", "{ oops"))
                .hasMessageContaining("eval/bad.ion: not valid Ion");
    }

    @Test
    void loadsEveryIonFileUnderTheFolderInPathOrder(@TempDir Path dataDir) throws IOException {
        write(
                dataDir.resolve("success/syntax/b.ion"),
                "{name: \"b\", statement: \"1\", " + OK + "}");
        write(
                dataDir.resolve("success/syntax/a/z.ion"),
                "{name: \"z\", statement: \"1\", " + OK + "}");
        write(dataDir.resolve("eval/c.ion"), "{name: \"c\", statement: \"1\", " + OK + "}");
        write(dataDir.resolve("eval/README.md"), "not Ion");

        LoadedSuite suite = SuiteLoader.load(dataDir);

        assertThat(suite.cases())
                .extracting(ConformanceCase::id)
                .containsExactly("eval/c/c", "success/syntax/a/z/z", "success/syntax/b/b");
        assertThat(suite.cases().get(1).file()).isEqualTo("success/syntax/a/z.ion");
        assertThat(suite.fileCount()).isEqualTo(3);
    }

    @Test
    void envOfACaseMustBeAStruct() {
        assertThatThrownBy(
                        () ->
                                load(
                                        "eval/bad.ion",
                                        "{name: \"x\", statement: \"1\", env: [1], " + OK + "}"))
                .hasMessageContaining("field 'env' must be a struct");
        LoadedSuite suite =
                load("eval/ok.ion", "{name: \"x\", statement: \"1\", env: {a: 1}, " + OK + "}");
        assertThat(suite.cases().get(0).env()).isInstanceOf(IonStruct.class);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
