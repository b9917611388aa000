package org.partiqlvm.engine.op;

import org.partiqlvm.engine.EvaluationException;
import org.partiqlvm.engine.Frame;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.syntax.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * {@code LIMIT n OFFSET m}: skips the first {@code m} rows and stops after {@code n}.
 *
 * <p>Reads: the limit and offset expressions, evaluated once per {@link #open} into {@code
 * countSlot}. They must be non-negative integers; anything else is an {@link EvaluationException}
 * in both modes (a query cannot return "some" rows). Allocates nothing.
 */
public final class LimitOp implements RelOp {

    /**
     * The compiled LIMIT/OFFSET.
     *
     * @param input the rows to cut
     * @param limit the LIMIT expression, or null
     * @param offset the OFFSET expression, or null
     * @param countSlot temporary slot for evaluating them
     * @param text the statement text, for error snippets
     */
    public record Spec(RelSpec input, Eval limit, Eval offset, int countSlot, String text)
            implements RelSpec {
        @Override
        public RelOp create() {
            return new LimitOp(this, input.create());
        }
    }

    private final Spec spec;
    private final RelOp input;
    private long remaining;
    private long toSkip;

    private LimitOp(Spec spec, RelOp input) {
        this.spec = spec;
        this.input = input;
    }

    @Override
    public void open(Frame frame) {
        remaining = spec.limit() == null ? Long.MAX_VALUE : count(frame, spec.limit(), "LIMIT");
        toSkip = spec.offset() == null ? 0 : count(frame, spec.offset(), "OFFSET");
        input.open(frame);
    }

    private long count(Frame frame, Eval expression, String clause) {
        Slot slot = frame.slot(spec.countSlot());
        expression.eval(frame, slot);
        if (!slot.isLong() || slot.getLong() < 0) {
            SourceSpan span = expression.span();
            throw new EvaluationException(
                    clause
                            + " must be a non-negative integer, found "
                            + (slot.isLong() ? String.valueOf(slot.getLong()) : slot.kind()),
                    span,
                    spec.text());
        }
        return slot.getLong();
    }

    @Override
    public boolean next(Frame frame) {
        while (toSkip > 0) {
            if (!input.next(frame)) {
                return false;
            }
            toSkip--;
        }
        if (remaining <= 0 || !input.next(frame)) {
            return false;
        }
        remaining--;
        return true;
    }

    @Override
    public void close(Frame frame) {
        input.close(frame);
    }
}
