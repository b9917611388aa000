package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.op.ExcludeTree.Step;
import org.partiqlvm.value.ValueArena;

class ExcludeOpTest {

    // slots: 0 = x, 1 = y, 2..4 temporaries
    private static final int X = 0;
    private static final int Y = 1;

    private final Frame frame = new Frame(5, 0, new ValueArena());

    @Test
    void rebindsTheVariablesWithoutTheExcludedParts() {
        RelSpec join =
                new NestedLoopJoinOp.Spec(
                        scan("[{a: 1, b: 2}, {b: 3}, 7]", X, 2),
                        scan("[{c: [1, 2]}]", Y, 3),
                        null,
                        4,
                        false,
                        new int[] {Y});
        RelOp op =
                new ExcludeOp.Spec(
                                join,
                                new int[] {X, Y},
                                List.of(
                                        ExcludeTree.of(List.of(List.of(Step.field("b", false)))),
                                        ExcludeTree.of(
                                                List.of(
                                                        List.of(
                                                                Step.field("c", false),
                                                                Step.index(0))))))
                        .create();
        assertThat(drain(op, frame, X, Y))
                .containsExactly("{'a': 1} {'c': [2]}", "{} {'c': [2]}", "7 {'c': [2]}");
    }

    @Test
    void inputOperatorsSeeTheOriginalValues() {
        // FROM [{a: 1, b: 1}] AS x, [1, 2, 3] AS y WHERE y = x.b-ish: the right side reads x.b for
        // every row; excluding x.b from the output must not hide it from the join.
        List<String> seen = new ArrayList<>();
        RelSpec right =
                new FilterOp.Spec(
                        scan("[1, 2, 3]", Y, 3),
                        OpTestSupport.computed(
                                f -> {
                                    seen.add(f.slot(X).toString());
                                    return org.partiqlvm.value.Value.TRUE;
                                }),
                        4);
        RelSpec join =
                new NestedLoopJoinOp.Spec(
                        scan("[{a: 1, b: 1}]", X, 2), right, null, 4, false, new int[] {Y});
        RelOp op =
                new ExcludeOp.Spec(
                                join,
                                new int[] {X},
                                List.of(ExcludeTree.of(List.of(List.of(Step.field("b", true))))))
                        .create();
        assertThat(drain(op, frame, X, Y))
                .containsExactly("{'a': 1} 1", "{'a': 1} 2", "{'a': 1} 3");
        assertThat(seen).containsOnly("{'a': 1, 'b': 1}");
    }
}
