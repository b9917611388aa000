package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;

/**
 * {@code PIVOT value AT key FROM ...}: folds every binding tuple of its input into one struct, one
 * field {@code key: value} per tuple, in input order (duplicate names are kept).
 *
 * <p>Reads, per input row: the key into {@code keySlot} and the value into {@code valueSlot}.
 * Writes: exactly one row, {@code outputSlot} = the struct (the empty struct for no input). A tuple
 * whose value is MISSING adds no field. A key that is not a STRING or SYMBOL (NULL and MISSING
 * included) adds no field in COERCE mode and raises an {@link EvaluationException} naming the type
 * in ERROR mode.
 *
 * <p>Allocates the struct once per run.
 */
public final class PivotOp implements RelOp {

    /**
     * The compiled PIVOT.
     *
     * @param input the tuples to fold
     * @param key the field name expression
     * @param value the field value expression
     * @param keySlot temporary slot for the key
     * @param valueSlot temporary slot for the value
     * @param outputSlot where the struct is written
     * @param mode evaluation mode
     * @param text the statement text, for error snippets
     * @param span where PIVOT is written
     */
    public record Spec(
            RelSpec input,
            Eval key,
            Eval value,
            int keySlot,
            int valueSlot,
            int outputSlot,
            EvalMode mode,
            String text,
            SourceSpan span)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Pivot " + text.apply(value) + " AT " + text.apply(key) + " -> $" + outputSlot;
        }

        @Override
        public RelOp create() {
            return new PivotOp(this, input.create());
        }
    }

    private final Spec spec;
    private final RelOp input;
    private boolean done;

    private PivotOp(Spec spec, RelOp input) {
        this.spec = spec;
        this.input = input;
    }

    @Override
    public void open(Frame frame) {
        done = false;
    }

    @Override
    public boolean next(Frame frame) {
        if (done) {
            return false;
        }
        done = true;
        Slot key = frame.slot(spec.keySlot());
        Slot value = frame.slot(spec.valueSlot());
        StructValue.Builder struct = StructValue.builder();
        input.open(frame);
        try {
            long mark = frame.arenaMark();
            while (input.next(frame)) {
                frame.releaseTo(mark); // the previous row's name and value are copies
                spec.key().eval(frame, key);
                if (!key.kind().isText()) {
                    if (spec.mode() == EvalMode.ERROR) {
                        SourceSpan where =
                                spec.key().span() != null ? spec.key().span() : spec.span();
                        throw new EvaluationException(
                                "PIVOT field name must be STRING or SYMBOL, found "
                                        + key.kind().displayName(),
                                where,
                                spec.text());
                    }
                    continue;
                }
                spec.value().eval(frame, value);
                if (!value.isMissing()) {
                    struct.add(key.getString(), value.toValue());
                }
            }
        } finally {
            input.close(frame);
        }
        frame.slot(spec.outputSlot()).setValue(struct.build());
        return true;
    }

    @Override
    public void close(Frame frame) {}
}
