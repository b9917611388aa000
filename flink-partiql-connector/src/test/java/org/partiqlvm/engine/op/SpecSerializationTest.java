package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.ion;
import static org.partiqlvm.engine.op.OpTestSupport.var;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.CallEval;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.expr.GlobalEval;
import org.partiqlvm.engine.expr.OperatorKernel;
import org.partiqlvm.engine.fn.AggregateFunction;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.op.ExcludeTree.Step;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * Every spec of the materializing operators survives Java serialization (a compiled plan is shipped
 * to the threads that run it) and the copy runs like the original. The specs read their data from
 * globals, so that no value is part of them.
 */
class SpecSerializationTest {

    // slots: 0 = x, 1 = y, 2..9 temporaries and outputs
    private static final int X = 0;
    private static final int Y = 1;

    private final Frame frame = new Frame(10, 1, new ValueArena());

    {
        frame.bind(
                new Value[] {
                    ion("[{a: 2, b: [1, 2]}, {a: 1, b: [3]}, {a: 2, b: []}]"),
                    ion("[{a: 1, c: \"p\"}, {a: 5, c: \"q\"}]"),
                    ion("{k: 1, l: 2}")
                },
                new Value[0]);
    }

    private static RelSpec scanGlobal(int global, int asSlot, int temp) {
        return new ScanOp.Spec(
                new GlobalEval(global, null), temp, asSlot, -1, EvalMode.COERCE, null, null);
    }

    private static Eval equal(Eval a, Eval b, int firstTemp) {
        return new CallEval(
                OperatorKernel.EQ,
                List.of(a, b),
                new int[] {firstTemp, firstTemp + 1},
                0,
                CallSite.of("=", EvalMode.COERCE),
                null);
    }

    private static RelSpec roundTrip(RelSpec spec) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(spec);
            }
            try (ObjectInputStream in =
                    new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (RelSpec) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(spec.getClass().getName() + " does not serialize: " + e, e);
        }
    }

    private void assertSameRows(RelSpec spec, int... slots) {
        List<String> rows = drain(spec.create(), frame, slots);
        assertThat(rows).isNotEmpty();
        assertThat(drain(roundTrip(spec).create(), frame, slots)).isEqualTo(rows);
    }

    @Test
    void sortDistinctAndAggregate() {
        assertSameRows(
                new SortOp.Spec(
                        scanGlobal(0, X, 2),
                        List.of(field(X, "a")),
                        new boolean[] {false},
                        new boolean[] {true},
                        3,
                        new int[] {X}),
                X);
        RelSpec project =
                new ProjectOp.Spec(scanGlobal(0, X, 2), List.of(field(X, "a")), new int[] {4});
        assertSameRows(new DistinctOp.Spec(project, new int[] {4}, List.of("a")), 4);
        assertSameRows(
                new AggregateOp.Spec(
                        scanGlobal(0, X, 2),
                        List.of(field(X, "a")),
                        new int[] {3},
                        new boolean[] {true},
                        List.of(
                                new AggregateOp.Call(
                                        AggregateFunction.COUNT_STAR,
                                        false,
                                        null,
                                        4,
                                        CallSite.of("COUNT", EvalMode.COERCE))),
                        5,
                        6,
                        List.of("x"),
                        new int[] {X},
                        false),
                3,
                4,
                6);
    }

    @Test
    void pivotUnpivotElementsAndExclude() {
        assertSameRows(
                new PivotOp.Spec(
                        new UnpivotOp.Spec(
                                new GlobalEval(2, null), 2, X, Y, EvalMode.COERCE, null, null),
                        var(Y),
                        var(X),
                        3,
                        4,
                        5,
                        EvalMode.COERCE,
                        null,
                        null),
                5);
        assertSameRows(
                new ElementsOp.Spec(
                        new GlobalEval(1, null), 2, 3, null, -1, EvalMode.ERROR, null, null),
                3);
        assertSameRows(
                new ExcludeOp.Spec(
                        scanGlobal(0, X, 2),
                        new int[] {X},
                        List.of(
                                ExcludeTree.of(
                                        List.of(
                                                List.of(Step.field("b", false), Step.index(0)),
                                                List.of(Step.allFields(), Step.allElements()))))),
                X);
    }

    @Test
    void setOperationsAndJoins() {
        SetOpOp.Operand left =
                new SetOpOp.Operand(
                        new ElementsOp.Spec(
                                new GlobalEval(1, null),
                                2,
                                3,
                                new GlobalEval(0, null),
                                8,
                                EvalMode.COERCE,
                                null,
                                null),
                        new int[] {3},
                        null);
        SetOpOp.Operand right =
                new SetOpOp.Operand(
                        new ProjectOp.Spec(
                                scanGlobal(0, X, 4), List.of(field(X, "a")), new int[] {5}),
                        new int[] {5},
                        List.of("a"));
        assertSameRows(
                new SetOpOp.Spec(
                        SetOpOp.Kind.UNION,
                        false,
                        false,
                        List.of("a"),
                        left,
                        right,
                        new int[] {6},
                        List.of("a"),
                        null,
                        null),
                6);
        assertSameRows(
                new FullOuterJoinOp.Spec(
                        scanGlobal(0, X, 2),
                        scanGlobal(1, Y, 3),
                        equal(field(X, "a"), field(Y, "a"), 4),
                        6,
                        new int[] {X},
                        new int[] {Y}),
                X,
                Y);
        assertSameRows(
                new HashJoinOp.Spec(
                        scanGlobal(0, X, 2),
                        scanGlobal(1, Y, 3),
                        List.of(field(X, "a")),
                        List.of(field(Y, "a")),
                        4,
                        equal(field(X, "a"), field(Y, "a"), 5),
                        7,
                        true,
                        new int[] {Y}),
                X,
                Y);
    }
}
