package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.fn.Equality;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

class HashJoinOpTest {

    // slots: 0 = x, 1 = y, 2..6 temporaries
    private static final int X = 0;
    private static final int Y = 1;

    private final Frame frame = new Frame(7, 0, new ValueArena());

    private static final String LEFT =
            "[{id: 1, a: 1}, {id: 2, a: 2e0}, {id: 3, a: null}, {id: 4},"
                    + " {id: 5, a: $date::{year: 2020, month: 1, day: 1}}, {id: 6, a: [1]}, {id: 7, a: \"1\"}]";
    private static final String RIGHT =
            "[{c: 1, a: 1.0}, {c: 2, a: 1}, {c: 3, a: null}, {c: 4, a: 2},"
                    + " {c: 5, a: 2020-01-01T00:00:00-00:00}, {c: 6, a: [1.0]}, {c: 7, a: $bag::[1]},"
                    + " {c: 8, a: 2020-01-02T}]";

    /** x.a = y.a with PartiQL's = (unknown when either side is unknown). */
    private static final Eval EQUAL =
            OpTestSupport.computed(
                    f -> {
                        Value a = f.slot(2).toValue();
                        Value b = f.slot(3).toValue();
                        return a.isUnknown() || b.isUnknown()
                                ? Value.NULL
                                : Value.ofBool(Equality.equal(a, b));
                    });

    private static Eval condition() {
        Eval xa = field(X, "a");
        Eval ya = field(Y, "a");
        return OpTestSupport.computed(
                f -> {
                    xa.eval(f, f.slot(2));
                    ya.eval(f, f.slot(3));
                    EQUAL.eval(f, f.slot(4));
                    return f.slot(4).toValue();
                });
    }

    private static RelOp join(RelSpec left, RelSpec right, boolean leftOuter) {
        return new HashJoinOp.Spec(
                        left,
                        right,
                        List.of(field(X, "a")),
                        List.of(field(Y, "a")),
                        5,
                        condition(),
                        6,
                        leftOuter,
                        new int[] {Y})
                .create();
    }

    private static RelOp nestedLoop(RelSpec left, RelSpec right, boolean leftOuter) {
        return new NestedLoopJoinOp.Spec(left, right, condition(), 6, leftOuter, new int[] {Y})
                .create();
    }

    private List<String> pairs(RelOp op) {
        RelOp project =
                new ProjectOp.Spec(
                                wrap(op), List.of(field(X, "id"), field(Y, "c")), new int[] {2, 3})
                        .create();
        return drain(project, frame, 2, 3);
    }

    private static RelSpec wrap(RelOp op) {
        return new RelSpec() {
            private static final long serialVersionUID = 1L;

            @Override
            public RelOp create() {
                return op;
            }
        };
    }

    @Test
    void innerJoinFindsEqualKeysAcrossTypesInRightInputOrder() {
        RelOp hash = join(scan(LEFT, X, 2), scan(RIGHT, Y, 3), false);
        assertThat(pairs(hash)).containsExactly("1 1", "1 2", "2 4", "5 5", "6 6");
        assertThat(pairs(hash))
                .isEqualTo(pairs(nestedLoop(scan(LEFT, X, 2), scan(RIGHT, Y, 3), false)));
    }

    @Test
    void leftJoinKeepsLeftRowsWithoutMatchOrWithUnknownKeys() {
        RelOp hash = join(scan(LEFT, X, 2), scan(RIGHT, Y, 3), true);
        List<String> rows = pairs(hash);
        assertThat(rows)
                .containsExactly(
                        "1 1", "1 2", "2 4", "3 MISSING", "4 MISSING", "5 5", "6 6", "7 MISSING");
        assertThat(rows).isEqualTo(pairs(nestedLoop(scan(LEFT, X, 2), scan(RIGHT, Y, 3), true)));
    }

    @Test
    void reopeningRebuildsTheTable() {
        RelOp hash = join(scan("[{id: 1, a: 1}]", X, 2), scan(RIGHT, Y, 3), false);
        assertThat(pairs(hash)).containsExactly("1 1", "1 2");
        assertThat(pairs(hash)).containsExactly("1 1", "1 2");
        assertThat(pairs(join(scan("[{id: 1, a: 1}]", X, 2), scan("[]", Y, 3), true)))
                .containsExactly("1 MISSING");
    }
}
