package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * Equivalences the spec states between statements, run end to end through {@link PlanCompiler} and
 * {@link PartiQLVM}: each statement of a group must give the same, expected, result.
 */
class SpecEquivalencesTest {

    private static Value ion(String text) {
        return IonValueReader.standard().read(text);
    }

    /** Evaluates {@code statement} over the globals of {@code env} (an Ion struct). */
    private static Value run(String statement, String env, EvalMode mode) {
        Value globals = ion(env);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < globals.fieldCount(); i++) {
            names.add(globals.fieldName(i));
        }
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(statement, new CompileOptions(mode, names)));
        Bindings bindings = vm.newBindings();
        for (int i = 0; i < globals.fieldCount(); i++) {
            bindings.set(i, globals.fieldValue(i));
        }
        return vm.evaluate(bindings);
    }

    private static void assertEquivalent(String env, String expected, String... statements) {
        assertEquivalent(EvalMode.COERCE, env, expected, statements);
        assertEquivalent(EvalMode.ERROR, env, expected, statements);
    }

    private static void assertEquivalent(
            EvalMode mode, String env, String expected, String... statements) {
        for (String statement : statements) {
            Value actual = run(statement, env, mode);
            assertThat(ValueEquivalence.equivalent(ion(expected), actual))
                    .as("%s in %s: %s", statement, mode, actual)
                    .isTrue();
        }
    }

    @Test
    void selectListWithStarsIsTupleUnion() {
        String env = "{t: [{v1: {b: 2}, e2: 1, v3: {c: 3}}, {v1: 5, e2: 6, v3: {d: 7}}]}";
        assertEquivalent(
                env,
                "$bag::[{b: 2, a: 1, c: 3}, {_1: 5, a: 6, d: 7}]",
                "SELECT v1.*, e2 AS a, v3.* FROM t",
                """
                SELECT VALUE TUPLEUNION(
                    CASE WHEN v1 IS TUPLE THEN v1 ELSE {'_1': v1} END,
                    {'a': e2},
                    CASE WHEN v3 IS TUPLE THEN v3 ELSE {'_2': v3} END)
                FROM t""");
    }

    @Test
    void aStringLiteralComparedWithANumberLiteralIsCoercedToANumber() {
        String env = "{foo: $bag::[{a: 1}]}";
        assertEquivalent(
                env,
                "$bag::[{a: 1}]",
                "SELECT * FROM foo WHERE 9 < '10'",
                "SELECT * FROM foo WHERE 9 < 10",
                "SELECT * FROM foo WHERE '10.0' = 10",
                "SELECT * FROM foo WHERE 1e1 = '10'");
        assertEquivalent(EvalMode.COERCE, env, "$bag::[]", "SELECT * FROM foo WHERE 9 < 'ten'");
    }

    @Test
    void selectStarNamesAtVariablesAfterThemselves() {
        assertEquivalent(
                EvalMode.COERCE,
                "{x: 1}",
                "$bag::[{_1: 1, n: \"_1\"}]",
                "SELECT * FROM UNPIVOT x AS v AT n",
                "SELECT * FROM UNPIVOT {'_1': x} AS v AT n",
                "SELECT v.*, n FROM UNPIVOT {'_1': x} AS v AT n");
        assertEquivalent(
                "{t: [{a: 1}, {a: 2}]}",
                "$bag::[{a: 1, i: 0}, {a: 2, i: 1}]",
                "SELECT * FROM t AS x AT i",
                "SELECT x.*, i FROM t AS x AT i");
    }
}
