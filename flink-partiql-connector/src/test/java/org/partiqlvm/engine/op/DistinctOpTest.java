package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;
import static org.partiqlvm.engine.op.OpTestSupport.var;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.ValueArena;

class DistinctOpTest {

    // slots: 0 = x, 1 = temporary, 2..3 = output columns
    private static final int X = 0;

    private final Frame frame = new Frame(4, 0, new ValueArena());

    private static RelOp distinctColumns(String rows, List<String> names) {
        RelSpec project =
                new ProjectOp.Spec(
                        scan(rows, X, 1), List.of(field(X, "a"), field(X, "b")), new int[] {2, 3});
        return new DistinctOp.Spec(project, new int[] {2, 3}, names).create();
    }

    @Test
    void keepsTheFirstOfEquivalentRowsInOrder() {
        RelOp op =
                distinctColumns(
                        "[{a: 1, b: 2}, {a: 1.0, b: 2e0}, {a: 2}, {a: 2, b: null}, {a: 2}]",
                        List.of("a", "b"));
        assertThat(drain(op, frame, 2, 3)).containsExactly("1 2", "2 MISSING", "2 NULL");
    }

    @Test
    void valueRowsCompareWholeValues() {
        RelSpec project =
                new ProjectOp.Spec(
                        scan("[[1], [1.0], $bag::[1, 2], $bag::[2, 1], {}, 1]", X, 1),
                        List.of(var(X)),
                        new int[] {2});
        RelOp op = new DistinctOp.Spec(project, new int[] {2}, null).create();
        assertThat(drain(op, frame, 2)).containsExactly("[1]", "<<1, 2>>", "{}", "1");
    }

    @Test
    void duplicateColumnNamesCompareAsStructs() {
        // SELECT DISTINCT x.a AS c, x.b AS c: {c: 1, c: 2} and {c: 2, c: 1} are the same struct
        RelOp op = distinctColumns("[{a: 1, b: 2}, {a: 2, b: 1}, {a: 1, b: 1}]", List.of("c", "c"));
        assertThat(drain(op, frame, 2, 3)).containsExactly("1 2", "1 1");
    }

    @Test
    void reopeningForgetsTheElementsSeen() {
        RelOp op = distinctColumns("[{a: 1}, {a: 1}]", List.of("a", "b"));
        assertThat(drain(op, frame, 2)).containsExactly("1");
        assertThat(drain(op, frame, 2)).containsExactly("1");
    }
}
