package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.fn.AggregateFunction;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ValueArena;

class AggregateOpTest {

    // slots: 0 = x, 1 = key k, 2 = agg 1, 3 = agg 2, 4 = agg 3, 5 = group as g, 6.. temporaries
    private static final int X = 0;
    private static final int K = 1;
    private static final int G = 5;

    private final Frame frame = new Frame(10, 0, new ValueArena());

    private static final String ROWS =
            "[{a: 1, b: 10}, {a: 1.0, b: 20}, {a: 2, b: 5}, {b: 7}, {a: null, b: 1}, {a: 2, b: null}]";

    private static AggregateOp.Call call(AggregateFunction f, boolean distinct, Eval arg, int out) {
        return new AggregateOp.Call(f, distinct, arg, out, CallSite.of(f.name(), EvalMode.COERCE));
    }

    private static AggregateOp.Spec groupBy(
            String rows, List<Eval> keys, List<AggregateOp.Call> calls, boolean groupAs) {
        int[] keySlots = new int[keys.size()];
        boolean[] binds = new boolean[keys.size()];
        for (int i = 0; i < keySlots.length; i++) {
            keySlots[i] = K + i;
            binds[i] = true;
        }
        return new AggregateOp.Spec(
                scan(rows, X, 6),
                keys,
                keySlots,
                binds,
                calls,
                7,
                groupAs ? G : -1,
                groupAs ? List.of("x") : List.of(),
                groupAs ? new int[] {X} : new int[0],
                false);
    }

    @Test
    void groupsByEquivalentKeysWithMissingAndNullTogether() {
        AggregateOp.Spec spec =
                groupBy(
                        ROWS,
                        List.of(field(X, "a")),
                        List.of(
                                call(AggregateFunction.COUNT_STAR, false, null, 2),
                                call(AggregateFunction.SUM, false, field(X, "b"), 3),
                                call(AggregateFunction.COUNT, false, field(X, "b"), 4)),
                        false);
        assertThat(drain(spec.create(), frame, K, 2, 3, 4))
                .containsExactly("1 2 30 2", "2 2 5 1", "NULL 2 8 2");
    }

    @Test
    void groupPartialByKeepsMissingKeysApart() {
        AggregateOp.Spec full =
                groupBy(
                        ROWS,
                        List.of(field(X, "a")),
                        List.of(call(AggregateFunction.COUNT_STAR, false, null, 2)),
                        false);
        AggregateOp.Spec partial =
                new AggregateOp.Spec(
                        full.input(),
                        full.keys(),
                        full.keySlots(),
                        full.bindsKey(),
                        full.calls(),
                        full.argSlot(),
                        -1,
                        List.of(),
                        new int[0],
                        true);
        assertThat(drain(partial.create(), frame, K, 2))
                .containsExactly("1 2", "2 2", "MISSING 1", "NULL 1");
    }

    @Test
    void withoutKeysThereIsOneGroupEvenOverNoInput() {
        AggregateOp.Spec spec =
                groupBy(
                        "[]",
                        List.of(),
                        List.of(
                                call(AggregateFunction.COUNT, false, field(X, "b"), 2),
                                call(AggregateFunction.SUM, false, field(X, "b"), 3),
                                call(AggregateFunction.MAX, false, field(X, "b"), 4)),
                        true);
        assertThat(drain(spec.create(), frame, 2, 3, 4, G)).containsExactly("0 NULL NULL <<>>");
    }

    @Test
    void withKeysNoInputGivesNoGroup() {
        AggregateOp.Spec spec =
                groupBy(
                        "[]",
                        List.of(field(X, "a")),
                        List.of(call(AggregateFunction.COUNT_STAR, false, null, 2)),
                        false);
        assertThat(drain(spec.create(), frame, K, 2)).isEmpty();
    }

    @Test
    void groupAsCollectsTheGroupsBindingsAsStructs() {
        AggregateOp.Spec spec =
                groupBy(
                        "[{a: 1, b: 1}, {a: 2}, {a: 1, b: 2}]",
                        List.of(field(X, "a")),
                        List.of(),
                        true);
        assertThat(drain(spec.create(), frame, K, G))
                .containsExactly(
                        "1 <<{'x': {'a': 1, 'b': 1}}, {'x': {'a': 1, 'b': 2}}>>",
                        "2 <<{'x': {'a': 2}}>>");
    }

    @Test
    void distinctAggregatesSeeEquivalentValuesOnce() {
        AggregateOp.Spec spec =
                groupBy(
                        "[{b: 1}, {b: 1.0}, {b: 2}, {b: null}, {b: 2e0}]",
                        List.of(),
                        List.of(
                                call(AggregateFunction.COUNT, true, field(X, "b"), 2),
                                call(AggregateFunction.SUM, true, field(X, "b"), 3),
                                call(AggregateFunction.COUNT, false, field(X, "b"), 4)),
                        false);
        assertThat(drain(spec.create(), frame, 2, 3, 4)).containsExactly("2 3 4");
    }

    @Test
    void reopeningReusesTheGroupsAndStartsFromScratch() {
        int[] run = {0};
        List<String> inputs =
                List.of("[{a: 1, b: 1}, {a: 2, b: 2}, {a: 1, b: 3}]", "[{a: 9, b: 4}]");
        RelSpec source =
                new ScanOp.Spec(
                        OpTestSupport.computed(f -> OpTestSupport.ion(inputs.get(run[0]++ % 2))),
                        6,
                        X,
                        -1,
                        EvalMode.COERCE,
                        null,
                        null);
        RelOp op =
                new AggregateOp.Spec(
                                source,
                                List.of(field(X, "a")),
                                new int[] {K},
                                new boolean[] {true},
                                List.of(call(AggregateFunction.SUM, false, field(X, "b"), 2)),
                                7,
                                G,
                                List.of("x"),
                                new int[] {X},
                                false)
                        .create();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(String.join(", ", drain(op, frame, K, 2, G)));
        }
        assertThat(runs)
                .containsExactly(
                        "1 4 <<{'x': {'a': 1, 'b': 1}}, {'x': {'a': 1, 'b': 3}}>>, 2 2 <<{'x': {'a': 2, 'b': 2}}>>",
                        "9 4 <<{'x': {'a': 9, 'b': 4}}>>",
                        "1 4 <<{'x': {'a': 1, 'b': 1}}, {'x': {'a': 1, 'b': 3}}>>, 2 2 <<{'x': {'a': 2, 'b': 2}}>>");
    }

    @Test
    void mistypedArgumentIsMissingInCoerceModeAndAnErrorInErrorMode() {
        String rows = "[{b: 1}, {b: \"two\"}]";
        AggregateOp.Spec coerce =
                groupBy(
                        rows,
                        List.of(),
                        List.of(call(AggregateFunction.SUM, false, field(X, "b"), 2)),
                        false);
        assertThat(drain(coerce.create(), frame, 2)).containsExactly("MISSING");

        AggregateOp.Call strictSum =
                new AggregateOp.Call(
                        AggregateFunction.SUM,
                        false,
                        field(X, "b"),
                        2,
                        CallSite.of("SUM", EvalMode.ERROR));
        RelOp strict = groupBy(rows, List.of(), List.of(strictSum), false).create();
        assertThatThrownBy(() -> drain(strict, frame, 2))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("SUM");
    }
}
