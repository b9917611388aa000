package org.partiqlvm.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** The integer-constant comparison fast path gives exactly the general path's answers. */
class CompareLongConstEvalTest {

    private static Value eval(String expression, String x, EvalMode mode) {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                expression,
                                CompileOptions.withGlobals(List.of("x")).withMode(mode)));
        return vm.evaluate(vm.newBindings().set("x", JsonValueReader.standard().read(x)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "x > 0   | 5    | true",
                "x > 0   | 0    | false",
                "0 < x   | 5    | true",
                "x >= 5  | 5    | true",
                "x <= -1 | 5    | false",
                "x = 5   | 5    | true",
                "x <> 5  | 5    | false",
                "x > 0   | 0.5  | true",
                "x = 5   | 5.00 | true",
                "x > 0   | null | NULL",
                "x = 5   | \"5\" | false",
                "x > 0   | 1e30 | true",
            })
    void agreesWithTheGeneralComparison(String expression, String x, String expected) {
        assertThat(eval(expression, x, EvalMode.COERCE)).hasToString(expected);
    }

    @Test
    void aTypeMismatchIsMissingOrAnErrorByMode() {
        assertThat(eval("x > 0", "\"a\"", EvalMode.COERCE)).hasToString("MISSING");
        assertThatThrownBy(() -> eval("x > 0", "\"a\"", EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("x > 0")
                .hasMessageContaining("STRING");
    }
}
