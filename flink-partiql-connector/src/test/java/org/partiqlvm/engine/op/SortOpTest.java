package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.ValueArena;

class SortOpTest {

    // slots: 0 = x, 1 = y, 2..5 temporaries
    private static final int X = 0;
    private static final int Y = 1;

    private final Frame frame = new Frame(6, 0, new ValueArena());

    private static final String ROWS =
            "[{a: 3, id: 1}, {a: 1, id: 2}, {a: null, id: 3}, {id: 4}, {a: 1e0, id: 5}]";

    private static RelOp sortByA(String rows, boolean ascending, boolean nullsFirst) {
        return new SortOp.Spec(
                        scan(rows, X, 2),
                        List.of(field(X, "a")),
                        new boolean[] {ascending},
                        new boolean[] {nullsFirst},
                        3,
                        new int[] {X})
                .create();
    }

    private List<String> ids(RelOp op) {
        RelOp project =
                new ProjectOp.Spec(fake(op), List.of(field(X, "id")), new int[] {4}).create();
        return drain(project, frame, 4);
    }

    /** Wraps an operator instance as a spec, to put a projection on top of it. */
    private static RelSpec fake(RelOp op) {
        return new RelSpec() {
            private static final long serialVersionUID = 1L;

            @Override
            public RelOp create() {
                return op;
            }
        };
    }

    @Test
    void ascendingPutsNullAndMissingLastAndKeepsTiesInInputOrder() {
        assertThat(ids(sortByA(ROWS, true, false))).containsExactly("2", "5", "1", "4", "3");
    }

    @Test
    void descendingWithNullsFirstPutsUnknownsFirst() {
        assertThat(ids(sortByA(ROWS, false, true))).containsExactly("3", "4", "1", "2", "5");
    }

    @Test
    void ascendingNullsFirstAndDescendingNullsLast() {
        assertThat(ids(sortByA(ROWS, true, true))).containsExactly("4", "3", "2", "5", "1");
        // DESC reverses the whole order, so NULL comes before MISSING there.
        assertThat(ids(sortByA(ROWS, false, false))).containsExactly("1", "2", "5", "3", "4");
    }

    @Test
    void valuesOfDifferentTypesOrderByTypeAsInTheSuite() {
        String rows =
                "[{a: {}, id: 1}, {a: 5, id: 2}, {a: 2017-01-01T00:00-00:00, id: 3},"
                        + " {a: [], id: 4}, {a: \"a\", id: 5}, {a: null, id: 6}, {a: false, id: 7},"
                        + " {a: {{YWFh}}, id: 8}, {a: $date::{year: 2021, month: 8, day: 22}, id: 9},"
                        + " {a: $bag::[], id: 10}]";
        assertThat(ids(sortByA(rows, true, false)))
                .containsExactly("7", "2", "9", "3", "5", "8", "4", "1", "10", "6");
        assertThat(ids(sortByA(rows, false, true)))
                .containsExactly("6", "10", "1", "4", "8", "5", "3", "9", "2", "7");
    }

    @Test
    void sortsByKeysInTurnAndRestoresEveryVariable() {
        // FROM [2, 1] AS x, ['b', 'a'] AS y ORDER BY x DESC, y
        RelSpec join =
                new NestedLoopJoinOp.Spec(
                        scan("[2, 1]", X, 2),
                        scan("[\"b\", \"a\"]", Y, 3),
                        null,
                        4,
                        false,
                        new int[] {Y});
        RelOp sort =
                new SortOp.Spec(
                                join,
                                List.<Eval>of(OpTestSupport.var(X), OpTestSupport.var(Y)),
                                new boolean[] {false, true},
                                new boolean[] {true, false},
                                5,
                                new int[] {X, Y})
                        .create();
        assertThat(drain(sort, frame, X, Y)).containsExactly("2 'a'", "2 'b'", "1 'a'", "1 'b'");
    }

    @Test
    void reopeningSortsTheNewInputWithTheSameBuffers() {
        RelOp sort = sortByA(ROWS, true, false);
        assertThat(ids(sort)).containsExactly("2", "5", "1", "4", "3");
        assertThat(ids(sort)).containsExactly("2", "5", "1", "4", "3");
        assertThat(ids(sortByA("[]", true, false))).isEmpty();
    }

    @Test
    void reopeningWithFewerRowsForgetsTheEarlierOnes() {
        // The source depends on a counter: 3 rows, then 1 row.
        int[] run = {0};
        RelSpec source =
                new ScanOp.Spec(
                        OpTestSupport.computed(
                                f ->
                                        OpTestSupport.ion(
                                                run[0]++ == 0
                                                        ? "[{a: 2, id: 1}, {a: 1, id: 2}, {a: 0, id: 3}]"
                                                        : "[{a: 5, id: 9}]")),
                        2,
                        X,
                        -1,
                        org.partiqlvm.engine.runtime.EvalMode.COERCE,
                        null,
                        null);
        RelOp sort =
                new SortOp.Spec(
                                source,
                                List.of(field(X, "a")),
                                new boolean[] {true},
                                new boolean[] {false},
                                3,
                                new int[] {X})
                        .create();
        assertThat(ids(sort)).containsExactly("3", "2", "1");
        assertThat(ids(sort)).containsExactly("9");
    }
}
