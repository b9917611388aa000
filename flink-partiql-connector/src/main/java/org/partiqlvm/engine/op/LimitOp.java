package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * {@code LIMIT n OFFSET m}: skips the first {@code m} rows and stops after {@code n}.
 *
 * <p>Reads: the limit and offset expressions, evaluated once per {@link #open} into {@code
 * countSlot}. They must be non-negative integers; an integer beyond 64 bits counts as "all rows". A
 * LIMIT of any other value is an {@link EvaluationException} in both modes (a query cannot return
 * "some" rows). An OFFSET of any other value is one in ERROR mode; in COERCE mode it is ignored,
 * like a clause whose value is MISSING (limitoffset.ion: {@code OFFSET 1-2}, {@code OFFSET 2.5} and
 * {@code OFFSET 'x'} skip nothing). Allocates nothing.
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
     * @param mode evaluation mode
     */
    public record Spec(
            RelSpec input, Eval limit, Eval offset, int countSlot, String text, EvalMode mode)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Limit "
                    + (limit == null ? "ALL" : text.apply(limit))
                    + (offset == null ? "" : " OFFSET " + text.apply(offset));
        }

        /** The strict (ERROR mode) LIMIT/OFFSET. */
        public Spec(RelSpec input, Eval limit, Eval offset, int countSlot, String text) {
            this(input, limit, offset, countSlot, text, EvalMode.ERROR);
        }

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
        if (slot.kind() == ValueKind.INT
                && !slot.isLong()
                && slot.toValue().asBigInteger().signum() > 0) {
            return Long.MAX_VALUE;
        }
        if (!slot.isLong() || slot.getLong() < 0) {
            if (expression == spec.offset() && spec.mode() == EvalMode.COERCE) {
                return 0;
            }
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
        long mark = frame.arenaMark();
        while (toSkip > 0) {
            if (!input.next(frame)) {
                return false;
            }
            toSkip--;
            frame.releaseTo(mark); // a skipped row keeps nothing
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
