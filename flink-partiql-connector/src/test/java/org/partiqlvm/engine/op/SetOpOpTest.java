package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.constant;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.op.SetOpOp.Kind;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ValueArena;

class SetOpOpTest {

    // slots: 0 = x (left), 1 = y (right), 2..5 temporaries, 6..7 left columns, 8..9 right
    // columns, 10 = output
    private static final int OUT = 10;

    private final Frame frame = new Frame(11, 0, new ValueArena());

    /** An expression operand: the elements of a collection value. */
    private static SetOpOp.Operand value(String ion, int temp, int slot) {
        return new SetOpOp.Operand(
                new ElementsOp.Spec(
                        constant(ion), temp, slot, null, -1, EvalMode.COERCE, null, null),
                new int[] {slot},
                null);
    }

    /** Two expression operands, each knowing the other (as the compiler builds them). */
    private List<String> values(Kind kind, boolean all, String l, String r, EvalMode mode) {
        SetOpOp.Operand left =
                new SetOpOp.Operand(
                        new ElementsOp.Spec(constant(l), 2, 6, constant(r), 4, mode, null, null),
                        new int[] {6},
                        null);
        SetOpOp.Operand right =
                new SetOpOp.Operand(
                        new ElementsOp.Spec(constant(r), 3, 8, constant(l), 5, mode, null, null),
                        new int[] {8},
                        null);
        return run(kind, all, true, left, right);
    }

    private static SetOpOp.Operand left(String ion) {
        return value(ion, 2, 6);
    }

    private static SetOpOp.Operand right(String ion) {
        return value(ion, 3, 8);
    }

    /** {@code SELECT v.<a> AS <a>, v.<b> AS <b> FROM <rows> AS v}. */
    private static SetOpOp.Operand select(
            String rows, int var, int temp, int firstColumn, String a, String b) {
        RelSpec project =
                new ProjectOp.Spec(
                        scan(rows, var, temp),
                        List.of(field(var, a), field(var, b)),
                        new int[] {firstColumn, firstColumn + 1});
        return new SetOpOp.Operand(
                project, new int[] {firstColumn, firstColumn + 1}, List.of(a, b));
    }

    private List<String> run(
            Kind kind, boolean all, boolean outer, SetOpOp.Operand l, SetOpOp.Operand r) {
        return run(kind, all, outer, null, l, r);
    }

    private List<String> run(
            Kind kind,
            boolean all,
            boolean outer,
            List<String> corresponding,
            SetOpOp.Operand l,
            SetOpOp.Operand r) {
        RelOp op =
                new SetOpOp.Spec(
                                kind,
                                all,
                                outer,
                                corresponding,
                                l,
                                r,
                                new int[] {OUT},
                                null,
                                null,
                                null)
                        .create();
        List<String> first = drain(op, frame, OUT);
        assertThat(drain(op, frame, OUT)).as("reopened").isEqualTo(first);
        return first;
    }

    private static final String L = "$bag::[1, 2, 2, 3, 3, 3]";
    private static final String R = "$bag::[1, 2, 3, 3]";

    @Test
    void bagOperatorsOfTheSuite() {
        assertThat(run(Kind.UNION, false, true, left(L), right(R))).containsExactly("1", "2", "3");
        assertThat(run(Kind.UNION, true, true, left(L), right(R))).hasSize(10);
        assertThat(run(Kind.INTERSECT, false, true, left(L), right(R)))
                .containsExactly("1", "2", "3");
        assertThat(run(Kind.INTERSECT, true, true, left(L), right(R)))
                .containsExactly("1", "2", "3", "3");
        assertThat(run(Kind.INTERSECT, true, true, left(R), right(L)))
                .containsExactly("1", "2", "3", "3");
        assertThat(run(Kind.EXCEPT, false, true, left("$bag::[1, 1, 1, 2]"), right("$bag::[1]")))
                .containsExactly("2");
        assertThat(run(Kind.EXCEPT, true, true, left("$bag::[1, 1, 1, 2]"), right("$bag::[1]")))
                .containsExactly("1", "1", "2");
    }

    @Test
    void elementsCompareByEquivalenceWithMissingAsNull() {
        assertThat(run(Kind.UNION, false, true, left("[1, 1.0, 1e0]"), right("[1.00]")))
                .containsExactly("1");
        // bag-operators.ion: NULL OUTER UNION|INTERSECT|EXCEPT MISSING
        assertThat(values(Kind.UNION, false, "null", "$missing::null", EvalMode.COERCE))
                .containsExactly("NULL");
        assertThat(values(Kind.INTERSECT, false, "null", "$missing::null", EvalMode.COERCE))
                .containsExactly("NULL");
        assertThat(values(Kind.EXCEPT, false, "null", "$missing::null", EvalMode.COERCE)).isEmpty();
        assertThatThrownBy(
                        () -> values(Kind.UNION, false, "null", "$missing::null", EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class);
        // RFC 0007 Example 7: t OUTER UNION NULL is t, t OUTER INTERSECT MISSING is empty
        assertThat(values(Kind.UNION, false, "[1, 2]", "null", EvalMode.ERROR))
                .containsExactly("1", "2");
        assertThat(values(Kind.INTERSECT, false, "[1, 2]", "$missing::null", EvalMode.ERROR))
                .isEmpty();

        assertThat(run(Kind.UNION, false, true, left("[{a: 1}]"), right("[$missing::null]")))
                .containsExactly("{'a': 1}", "MISSING");
    }

    @Test
    void sqlOperationsMatchColumnsByPositionAndTakeTheLeftNames() {
        SetOpOp.Operand hr = select("[{name: \"Bob\", title: \"CEO\"}]", 0, 2, 6, "name", "title");
        SetOpOp.Operand eng = select("[{title: \"SDE\", name: \"Ann\"}]", 1, 3, 8, "title", "name");
        assertThat(run(Kind.UNION, true, false, hr, eng))
                .containsExactly(
                        "{'name': 'Bob', 'title': 'CEO'}", "{'name': 'SDE', 'title': 'Ann'}");
        assertThat(run(Kind.UNION, true, false, List.of("name", "title"), hr, eng))
                .containsExactly(
                        "{'name': 'Bob', 'title': 'CEO'}", "{'name': 'Ann', 'title': 'SDE'}");
    }

    @Test
    void sqlOperationsOverASelectListProduceItsColumns() {
        SetOpOp.Operand hr =
                select(
                        "[{name: \"Bob\", title: \"CEO\"}, {name: \"Al\"}]",
                        0,
                        2,
                        6,
                        "name",
                        "title");
        SetOpOp.Operand eng = select("[{title: \"SDE\", name: \"Ann\"}]", 1, 3, 8, "title", "name");
        RelOp op =
                new SetOpOp.Spec(
                                Kind.UNION,
                                true,
                                false,
                                null,
                                hr,
                                eng,
                                new int[] {4, 5},
                                List.of("name", "title"),
                                null,
                                null)
                        .create();
        assertThat(drain(op, frame, 4, 5))
                .containsExactly("'Bob' 'CEO'", "'Al' MISSING", "'SDE' 'Ann'");

        RelOp mismatch =
                new SetOpOp.Spec(
                                Kind.UNION,
                                true,
                                false,
                                null,
                                select("[]", 0, 2, 6, "name", "title"),
                                right("[{a: 1}]"),
                                new int[] {4, 5},
                                List.of("name", "title"),
                                null,
                                null)
                        .create();
        assertThatThrownBy(() -> drain(mismatch, frame, 4, 5))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("a row has 1 columns where another has 2");
    }

    @Test
    void plainCorrespondingUsesTheCommonNames() {
        SetOpOp.Operand l = value("[{a: 1, b: 2, c: 3}, {a: 4, b: 5, c: 6}]", 2, 6);
        SetOpOp.Operand r = value("[{c: 3, a: 1, d: 0}, {c: 9, a: 9, d: 0}]", 3, 8);
        assertThat(run(Kind.INTERSECT, false, false, List.of(), l, r))
                .containsExactly("{'a': 1, 'c': 3}");
        assertThat(run(Kind.EXCEPT, false, false, List.of(), l, r))
                .containsExactly("{'a': 4, 'c': 6}");
    }

    @Test
    void sqlOperationsRejectOperandsThatAreNotUnionCompatible() {
        assertThatThrownBy(
                        () ->
                                run(
                                        Kind.UNION,
                                        false,
                                        false,
                                        left("[{a: 1, b: 2}]"),
                                        right("[{t: 1}]")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("UNION operands are not union-compatible")
                .hasMessageContaining("1 columns where another has 2");
        assertThatThrownBy(
                        () ->
                                run(
                                        Kind.UNION,
                                        false,
                                        false,
                                        left("[{a: 1}]"),
                                        right("[{a: \"A\"}]")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("column 1 holds INT and STRING");
        assertThatThrownBy(
                        () ->
                                run(
                                        Kind.INTERSECT,
                                        false,
                                        false,
                                        left("[{a: 1}]"),
                                        right("[$missing::null]")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("an element is MISSING, not a row");
        assertThat(run(Kind.UNION, false, false, left("[{a: 1}]"), right("[{b: null}, {c: 2.0}]")))
                .containsExactly("{'a': 1}", "{'a': NULL}", "{'a': 2.0}");
    }
}
