package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValuePrinter;

/** Runs expressions end to end (parse, plan, compile, VM) for the function tests. */
final class Statements {

    private Statements() {}

    /** The value of {@code expression} in {@code mode}. */
    static Value eval(String expression, EvalMode mode) {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(expression, new CompileOptions(mode, List.of())));
        return vm.evaluate(vm.newBindings());
    }

    /** {@code expression}'s value printed as a PartiQL literal. */
    static String print(String expression, EvalMode mode) {
        return ValuePrinter.print(eval(expression, mode));
    }

    /** Asserts that {@code expression} prints as {@code expected} in both modes. */
    static void assertGives(String expression, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertThat(print(expression, mode))
                    .as("%s in %s", expression, mode)
                    .isEqualTo(expected);
        }
    }

    /**
     * Asserts that {@code expression} is MISSING in permissive mode and fails in strict mode with a
     * message containing each of {@code message}.
     */
    static void assertDataError(String expression, String... message) {
        assertThat(eval(expression, EvalMode.COERCE)).as(expression).isSameAs(Value.MISSING);
        var thrown =
                assertThatThrownBy(() -> eval(expression, EvalMode.ERROR))
                        .as(expression)
                        .isInstanceOf(EvaluationException.class);
        for (String m : message) {
            thrown.hasMessageContaining(m);
        }
    }
}
