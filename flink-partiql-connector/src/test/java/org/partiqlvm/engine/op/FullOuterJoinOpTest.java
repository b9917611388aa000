package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueEquivalence;

class FullOuterJoinOpTest {

    // slots: 0 = x, 1 = i, 2 = y, 3..5 temporaries
    private static final int X = 0;
    private static final int I = 1;
    private static final int Y = 2;

    private final Frame frame = new Frame(6, 0, new ValueArena());

    /** x = y, NULL when either side is NULL (enough for the test). */
    private static final Eval X_EQUALS_Y =
            OpTestSupport.computed(
                    f ->
                            f.slot(X).isNull() || f.slot(Y).isNull()
                                    ? Value.NULL
                                    : Value.ofBool(
                                            ValueEquivalence.equivalent(
                                                    f.slot(X).toValue(), f.slot(Y).toValue())));

    private static RelOp fullJoin(String left, String right) {
        return new FullOuterJoinOp.Spec(
                        scan(left, X, I, 3),
                        scan(right, Y, 4),
                        X_EQUALS_Y,
                        5,
                        new int[] {X, I},
                        new int[] {Y})
                .create();
    }

    @Test
    void keepsUnmatchedRowsOfBothSides() {
        assertThat(drain(fullJoin("[1, 2, 2, null]", "[2, 3, 1, 2]"), frame, X, I, Y))
                .containsExactly(
                        "1 0 1", "2 1 2", "2 1 2", "2 2 2", "2 2 2", "NULL 3 NULL", "NULL NULL 3");
    }

    @Test
    void anEmptySideGivesTheOtherSidePadded() {
        assertThat(drain(fullJoin("[]", "[1, 2]"), frame, X, Y))
                .containsExactly("NULL 1", "NULL 2");
        assertThat(drain(fullJoin("[1]", "[]"), frame, X, Y)).containsExactly("1 NULL");
    }

    @Test
    void reopeningStartsOver() {
        RelOp op = fullJoin("[1, 5]", "[1, 7]");
        assertThat(drain(op, frame, X, Y)).containsExactly("1 1", "5 NULL", "NULL 7");
        assertThat(drain(op, frame, X, Y)).containsExactly("1 1", "5 NULL", "NULL 7");
    }
}
