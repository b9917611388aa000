package org.partiqlvm.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueKind;

/**
 * {@link MemoEval} evaluates once per {@link RowGeneration}, keeps computed strings beyond the
 * arena's per-row release, and keeps nothing of a failed evaluation or a struct.
 */
class MemoEvalTest {

    private static final int CELL = 0;
    private static final int GENERATION = 1;

    /** Writes "row-N" as arena characters, N counting its evaluations; fails when told to. */
    private static final class CountingText extends Eval {
        int calls;
        boolean fail;

        CountingText() {
            super(null);
        }

        @Override
        public void eval(Frame frame, Slot out) {
            calls++;
            if (fail) {
                throw new IllegalStateException("fails");
            }
            String text = "row-" + calls;
            ValueArena arena = frame.arena();
            int at = arena.allocateChars(text.length());
            text.getChars(0, text.length(), arena.charArray(), at);
            out.setChars(arena.charArray(), at, text.length());
        }
    }

    private final Frame frame = new Frame(1, 2, new ValueArena());
    private final RowGeneration generation = RowGeneration.of(frame, GENERATION);
    private final Slot out = frame.slot(0);

    @Test
    void evaluatesOncePerOuterRowAndKeepsTheTextBeyondTheRowsRelease() {
        CountingText inner = new CountingText();
        MemoEval memo = new MemoEval(inner, CELL, GENERATION);
        generation.advance();
        long start = frame.arenaMark();
        memo.eval(frame, out);
        frame.releaseTo(start);
        // the released characters are overwritten by the next row's temporaries
        int at = frame.arena().allocateChars(5);
        "XXXXX".getChars(0, 5, frame.arena().charArray(), at);
        memo.eval(frame, out);
        memo.eval(frame, out);
        assertThat(out.getString()).isEqualTo("row-1");
        assertThat(inner.calls).isEqualTo(1);

        generation.advance();
        memo.eval(frame, out);
        memo.eval(frame, out);
        assertThat(out.getString()).isEqualTo("row-2");
        assertThat(inner.calls).isEqualTo(2);
    }

    @Test
    void aFailedEvaluationKeepsNothing() {
        CountingText inner = new CountingText();
        inner.fail = true;
        MemoEval memo = new MemoEval(inner, CELL, GENERATION);
        generation.advance();
        assertThatThrownBy(() -> memo.eval(frame, out)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> memo.eval(frame, out)).isInstanceOf(IllegalStateException.class);
        inner.fail = false;
        memo.eval(frame, out);
        memo.eval(frame, out);
        assertThat(inner.calls).isEqualTo(3);
        assertThat(out.getString()).isEqualTo("row-3");
    }

    @Test
    void aStructIsEvaluatedOnEveryUse() {
        int[] calls = {0};
        Eval struct =
                new Eval(null) {
                    @Override
                    public void eval(Frame f, Slot o) {
                        calls[0]++;
                        o.setValue(Value.structBuilder().add("a", Value.ofLong(calls[0])).build());
                    }
                };
        MemoEval memo = new MemoEval(struct, CELL, GENERATION);
        generation.advance();
        memo.eval(frame, out);
        memo.eval(frame, out);
        assertThat(out.kind()).isEqualTo(ValueKind.STRUCT);
        assertThat(calls[0]).isEqualTo(2);
    }
}
