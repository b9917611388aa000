package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * {@code FROM UNPIVOT source AS v AT k}: one binding tuple per field of a struct.
 *
 * <p>Reads: the source expression, evaluated once per {@link #open} into {@code sourceSlot}. Writes
 * per row: {@code v} = the field value; {@code k} = the field name as a STRING. Fields whose value
 * is MISSING are skipped.
 *
 * <p>A source that is not a struct is, in COERCE mode, unpivoted as the struct {@code {'_1':
 * source}} (so {@code v} = the value, {@code k} = {@code '_1'}), except MISSING, which gives no
 * tuple; in ERROR mode any non-struct (MISSING and NULL included) raises an {@link
 * EvaluationException} naming the type found.
 *
 * <p>Allocates the name values of the struct's fields (one STRING per field per run).
 */
public final class UnpivotOp implements RelOp {

    private static final Value SYNTHETIC_NAME = Value.ofString("_1");

    /**
     * The compiled UNPIVOT.
     *
     * @param source the struct expression
     * @param sourceSlot temporary slot for the evaluated source
     * @param asSlot the value variable's slot
     * @param atSlot the name variable's slot, or -1
     * @param mode evaluation mode
     * @param text the statement text, for error snippets
     * @param span where the FROM item is written
     */
    public record Spec(
            Eval source,
            int sourceSlot,
            int asSlot,
            int atSlot,
            EvalMode mode,
            String text,
            SourceSpan span)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of();
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Unpivot "
                    + text.apply(source)
                    + " AS $"
                    + asSlot
                    + (atSlot >= 0 ? " AT $" + atSlot : "");
        }

        @Override
        public RelOp create() {
            return new UnpivotOp(this);
        }
    }

    private final Spec spec;
    private Value struct;
    private Value single;
    private int position;

    private UnpivotOp(Spec spec) {
        this.spec = spec;
    }

    @Override
    public void open(Frame frame) {
        Slot source = frame.slot(spec.sourceSlot());
        spec.source().eval(frame, source);
        position = 0;
        struct = null;
        single = null;
        ValueKind kind = source.kind();
        if (kind == ValueKind.STRUCT) {
            struct = source.toValue();
            return;
        }
        if (spec.mode() == EvalMode.ERROR) {
            throw new EvaluationException(
                    "UNPIVOT source must be a STRUCT, found " + kind.displayName(),
                    spec.span(),
                    spec.text());
        }
        if (kind != ValueKind.MISSING) {
            single = source.toValue();
        }
    }

    @Override
    public boolean next(Frame frame) {
        if (struct != null) {
            int n = struct.fieldCount();
            while (position < n) {
                Value value = struct.fieldValue(position);
                String name = struct.fieldName(position);
                position++;
                if (!value.isMissing()) {
                    bind(frame, value, name, null);
                    return true;
                }
            }
            return false;
        }
        if (single != null && position++ == 0) {
            bind(frame, single, null, SYNTHETIC_NAME);
            return true;
        }
        return false;
    }

    private void bind(Frame frame, Value value, String name, Value nameValue) {
        frame.step();
        frame.slot(spec.asSlot()).setValue(value);
        if (spec.atSlot() >= 0) {
            Slot at = frame.slot(spec.atSlot());
            if (nameValue != null) {
                at.setValue(nameValue);
            } else {
                at.setString(name);
            }
        }
    }

    @Override
    public void close(Frame frame) {
        struct = null;
        single = null;
    }
}
