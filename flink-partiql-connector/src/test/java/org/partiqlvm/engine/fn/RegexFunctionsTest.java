package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.Statements.assertDataError;
import static org.partiqlvm.engine.fn.Statements.assertGives;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValuePrinter;
import org.partiqlvm.value.ion.IonValueReader;

/** The REGEXP_ functions, with literal and per-row patterns, in both modes. */
class RegexFunctionsTest {

    @Test
    void like() {
        assertGives("REGEXP_LIKE('abc', 'b')", "true");
        assertGives("REGEXP_LIKE('abc', '^b')", "false");
        assertGives("REGEXP_LIKE('ABC', 'b', 'i')", "true");
        assertGives("REGEXP_LIKE('a\nb', '^b$', 'm')", "true");
        assertGives("REGEXP_LIKE('a\nb', 'a.b', 's')", "true");
        assertGives("REGEXP_LIKE(NULL, 'b')", "NULL");
        assertGives("REGEXP_LIKE('a', MISSING)", "MISSING");
        assertDataError("REGEXP_LIKE(1, 'b')", "REGEXP_LIKE", "argument 1", "INT");
    }

    @Test
    void extractAndExtractAll() {
        assertGives("REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 2)", "'bar'");
        assertGives("REGEXP_EXTRACT('foothebar', 'o+')", "'oo'");
        assertGives("REGEXP_EXTRACT('abc', 'z')", "NULL");
        assertGives("REGEXP_EXTRACT('ac', 'a(b)?c', 1)", "NULL");
        assertGives("REGEXP_EXTRACT_ALL('a1b22', '[0-9]+', 0)", "['1', '22']");
        assertGives("REGEXP_EXTRACT_ALL('abc', '(z)')", "[]");
        assertDataError("REGEXP_EXTRACT('abc', 'b', 1)", "REGEXP_EXTRACT", "group 1", "0 group");
        assertDataError("REGEXP_EXTRACT_ALL('abc', 'b')", "group 1 is out of range");
    }

    @Test
    void replaceAndSplit() {
        assertGives("REGEXP_REPLACE('a1b22', '[0-9]+', '#')", "'a#b#'");
        assertGives("REGEXP_REPLACE('ab', '(a)(b)', '$2$1')", "'ba'");
        assertGives("REGEXP_SPLIT('a, b,c', ',\\s*')", "['a', 'b', 'c']");
        assertGives("REGEXP_SPLIT('a,', ',')", "['a', '']");
        assertDataError(
                "REGEXP_REPLACE('ab', '(a)', '$2')", "REGEXP_REPLACE", "invalid replacement");
    }

    @Test
    void anInvalidLiteralPatternIsAPlanningError() {
        for (EvalMode mode : EvalMode.values()) {
            assertThatThrownBy(() -> Statements.eval("REGEXP_LIKE('a', '(')", mode))
                    .isInstanceOf(PlanningException.class)
                    .hasMessageContaining("REGEXP_LIKE")
                    .hasMessageContaining("invalid regular expression");
            assertThatThrownBy(() -> Statements.eval("REGEXP_LIKE('a', 'a', 'q')", mode))
                    .isInstanceOf(PlanningException.class)
                    .hasMessageContaining("flags");
        }
    }

    @Test
    void backtrackingConstructsAreRejectedNotRunExponentially() {
        assertThatThrownBy(() -> Statements.eval("REGEXP_LIKE('aa', '(a)\\1')", EvalMode.COERCE))
                .isInstanceOf(PlanningException.class);
        String hostile = "a".repeat(5000) + "!";
        Value v = Statements.eval("REGEXP_LIKE('" + hostile + "', '^(a+)+$')", EvalMode.ERROR);
        assertThat(v).isEqualTo(Value.FALSE);
    }

    @Test
    void patternsFromTheDataAreCompiledPerVmAndBadOnesAreDataErrors() {
        String statement = "SELECT VALUE REGEXP_LIKE(r.s, r.p) FROM stream AS r";
        Value good = IonValueReader.standard().read("{s: \"abc\", p: \"^a\"}");
        Value bad = IonValueReader.standard().read("{s: \"abc\", p: \"(\"}");
        PartiQLVM permissive =
                new PartiQLVM(
                        PlanCompiler.compile(
                                statement,
                                CompileOptions.forStream("stream").withMode(EvalMode.COERCE)));
        assertThat(ValuePrinter.print(run(permissive, good))).isEqualTo("<<true>>");
        assertThat(ValuePrinter.print(run(permissive, bad))).isEqualTo("<<MISSING>>");
        assertThat(ValuePrinter.print(run(permissive, good))).isEqualTo("<<true>>");
        PartiQLVM strict =
                new PartiQLVM(
                        PlanCompiler.compile(
                                statement,
                                CompileOptions.forStream("stream").withMode(EvalMode.ERROR)));
        assertThatThrownBy(() -> run(strict, bad))
                .hasMessageContaining("REGEXP_LIKE")
                .hasMessageContaining("invalid regular expression");
    }

    private static Value run(PartiQLVM vm, Value record) {
        Bindings b = vm.newBindings();
        b.setStreamRecord(0, record);
        return vm.evaluate(b);
    }

    @Test
    void theCacheKeepsTheMostRecentPatterns() {
        FunctionContext context = new FunctionContext();
        var first = context.regex("a+", 0);
        assertThat(context.regex("a+", 0)).isSameAs(first);
        for (int i = 0; i < FunctionContext.CACHE_SIZE; i++) {
            context.regex("b" + i, 0);
        }
        assertThat(context.regex("a+", 0)).isNotSameAs(first);
        assertThat(context.regex("a+", com.google.re2j.Pattern.CASE_INSENSITIVE).flags())
                .isEqualTo(com.google.re2j.Pattern.CASE_INSENSITIVE);
        assertThat(List.of(first.pattern())).containsExactly("a+");
    }
}
