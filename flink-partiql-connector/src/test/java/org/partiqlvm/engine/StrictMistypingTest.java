package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;

/**
 * The spec's mistyping cases end to end: permissive mode (COERCE) proceeds as the spec describes,
 * strict mode (ERROR) raises an {@link EvaluationException} that names the problem.
 */
class StrictMistypingTest {

    private static Value run(String statement, EvalMode mode) {
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(statement, new CompileOptions(mode, List.of())));
        return vm.evaluate(vm.newBindings());
    }

    @Test
    void aPositionVariableOverABagIsMissingOrAnError() {
        String bag = "SELECT VALUE [i, v] FROM <<1, 2>> AS v AT i";
        assertThat(run(bag, EvalMode.COERCE).toString())
                .isEqualTo("<<[MISSING, 1], [MISSING, 2]>>");
        assertThatThrownBy(() -> run(bag, EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("AT needs an ordered collection (LIST or SEXP), found BAG");
        assertThatThrownBy(
                        () ->
                                run(
                                        "SELECT VALUE i FROM (SELECT VALUE x FROM [1] AS x) AS v AT i",
                                        EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class);
    }

    @Test
    void aMistypedAttributeNameDropsItsFieldOrIsAnError() {
        String query =
                "SELECT VALUE {v.a: v.b, 'c': 3} FROM [{'a': 'legit', 'b': 1}, {'a': 400, 'b': 2}]"
                        + " AS v";
        assertThat(run(query, EvalMode.COERCE).toString())
                .isEqualTo("<<{'legit': 1, 'c': 3}, {'c': 3}>>");
        assertThatThrownBy(() -> run(query, EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("struct field name must be STRING or SYMBOL, found INT");
        assertThat(run("{NULL: 1, MISSING: 2, 'a': 3}", EvalMode.COERCE).toString())
                .isEqualTo("{'a': 3}");
    }

    @Test
    void aPositionVariableOverAListOrABagWithoutAtIsFine() {
        for (EvalMode mode : EvalMode.values()) {
            assertThat(run("SELECT VALUE i FROM [5, 6] AS v AT i", mode).toString())
                    .isEqualTo("<<0, 1>>");
            assertThat(run("SELECT VALUE v FROM <<5>> AS v", mode).toString()).isEqualTo("<<5>>");
        }
    }
}
