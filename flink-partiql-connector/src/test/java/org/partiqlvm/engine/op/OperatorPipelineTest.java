package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.ConstEval;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.expr.PathEval;
import org.partiqlvm.engine.expr.PathStepSpec;
import org.partiqlvm.engine.expr.VarEval;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/** Drives operator pipelines built from specs directly, without the planner. */
class OperatorPipelineTest {

    // slots: 0 = r, 1 = i, 2 = at, 3..6 temporaries, 7 = output
    private static final int R = 0;
    private static final int I = 1;
    private static final int AT = 2;

    private final Frame frame = new Frame(8, 0, new ValueArena());

    private static final Value ORDERS =
            Value.bagOf(
                    Value.structBuilder()
                            .add("id", Value.ofLong(1))
                            .add("items", Value.listOf(Value.ofString("a"), Value.ofString("b")))
                            .build(),
                    Value.structBuilder()
                            .add("id", Value.ofLong(2))
                            .add("items", Value.listOf())
                            .build(),
                    Value.structBuilder()
                            .add("id", Value.ofLong(3))
                            .add("items", Value.listOf(Value.ofString("c")))
                            .build());

    private static Eval items() {
        return new PathEval(
                new VarEval(R, "r", null),
                List.of(PathStepSpec.field("items", false)),
                EvalMode.COERCE,
                null,
                null);
    }

    private List<String> drain(RelOp op, int... slots) {
        List<String> rows = new ArrayList<>();
        op.open(frame);
        while (op.next(frame)) {
            StringBuilder row = new StringBuilder();
            for (int slot : slots) {
                row.append(row.length() == 0 ? "" : " ").append(frame.slot(slot));
            }
            rows.add(row.toString());
        }
        op.close(frame);
        return rows;
    }

    @Test
    void lateralJoinUnnestsEachRecordWithPositions() {
        RelSpec scan =
                new ScanOp.Spec(new ConstEval(ORDERS, null), 3, R, -1, EvalMode.COERCE, null, null);
        RelSpec unnest = new ScanOp.Spec(items(), 4, I, AT, EvalMode.COERCE, null, null);
        RelSpec join = new NestedLoopJoinOp.Spec(scan, unnest, null, 5, false, new int[] {I, AT});

        assertThat(drain(join.create(), I, AT)).containsExactly("'a' 0", "'b' 1", "'c' 0");
    }

    @Test
    void leftJoinKeepsRecordsWithoutItemsWithNullBindings() {
        RelSpec scan =
                new ScanOp.Spec(new ConstEval(ORDERS, null), 3, R, -1, EvalMode.COERCE, null, null);
        RelSpec unnest = new ScanOp.Spec(items(), 4, I, -1, EvalMode.COERCE, null, null);
        RelSpec join = new NestedLoopJoinOp.Spec(scan, unnest, null, 5, true, new int[] {I});

        assertThat(drain(join.create(), I)).containsExactly("'a'", "'b'", "NULL", "'c'");
    }

    @Test
    void operatorsCanBeReopenedAndGiveTheSameRows() {
        RelSpec scan =
                new ScanOp.Spec(new ConstEval(ORDERS, null), 3, R, -1, EvalMode.COERCE, null, null);
        RelSpec limited =
                new LimitOp.Spec(
                        scan,
                        new ConstEval(Value.ofLong(1), null),
                        new ConstEval(Value.ofLong(1), null),
                        6,
                        null);
        RelOp op = limited.create();
        Eval id =
                new PathEval(
                        new VarEval(R, "r", null),
                        List.of(PathStepSpec.field("id", false)),
                        EvalMode.COERCE,
                        null,
                        null);
        RelOp project = new ProjectOp.Spec(limited, List.of(id), new int[] {7}).create();

        assertThat(drain(project, 7)).containsExactly("2");
        assertThat(drain(project, 7)).containsExactly("2");
        assertThat(drain(op, R)).hasSize(1);
    }

    @Test
    void scanOfANonCollectionBindsItOnceInCoerceModeAndFailsInErrorMode() {
        Value struct = Value.structBuilder().add("a", Value.ofLong(5)).build();
        RelSpec coerce =
                new ScanOp.Spec(new ConstEval(struct, null), 3, R, AT, EvalMode.COERCE, null, null);
        assertThat(drain(coerce.create(), R, AT)).containsExactly("{'a': 5} MISSING");

        RelOp strict =
                new ScanOp.Spec(new ConstEval(struct, null), 3, R, AT, EvalMode.ERROR, null, null)
                        .create();
        assertThatThrownBy(() -> strict.open(frame))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("found STRUCT");
    }

    @Test
    void negativeLimitIsAnError() {
        RelSpec scan =
                new ScanOp.Spec(new ConstEval(ORDERS, null), 3, R, -1, EvalMode.COERCE, null, null);
        RelOp op =
                new LimitOp.Spec(scan, new ConstEval(Value.ofLong(-1), null), null, 6, null)
                        .create();
        assertThatThrownBy(() -> op.open(frame))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("LIMIT must be a non-negative integer");
    }

    @Test
    void letBindsInOrder() {
        RelSpec scan =
                new ScanOp.Spec(
                        new ConstEval(Value.bagOf(Value.ofLong(10)), null),
                        3,
                        R,
                        -1,
                        EvalMode.COERCE,
                        null,
                        null);
        RelSpec let =
                new ProjectOp.Spec(
                        scan,
                        List.of(new VarEval(R, "r", null), new VarEval(I, "i", null)),
                        new int[] {I, AT});
        assertThat(drain(let.create(), I, AT)).containsExactly("10 10");
    }
}
