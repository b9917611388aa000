package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.ValueArena;

/**
 * A struct constructor {@code {k1: v1, k2: v2, ...}}.
 *
 * <p>Reads: each key and value evaluated into the temporary slots {@code keySlot}/{@code
 * valueSlot}. Writes: {@code out} = the new struct, fields in written order, duplicates kept.
 *
 * <p>Unknowns: a field whose value is MISSING is left out. A key that is not a STRING or SYMBOL is
 * a mistyped attribute name (the spec's "Treatment of mistyped attribute names"): in COERCE mode
 * its field is left out ({@code {v.a: v.b}} with {@code v.a = 400} is {@code {}}), in ERROR mode an
 * {@link EvaluationException} names the key's type.
 *
 * <p>The struct, and the numbers and strings computed for its fields, come from the VM's arena
 * ({@link Slot#toRowValue}): valid until the row ends ({@link
 * org.partiqlvm.value.Value#isRowScoped()}), copied by {@link Slot#toValue()} for whoever keeps
 * them. Allocates nothing once the arena has grown (a computed field name costs its {@code
 * String}).
 */
public final class StructNewEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval[] keys;
    private final Eval[] values;
    private final int keySlot;
    private final int valueSlot;
    private final EvalMode mode;
    private final String source;

    public StructNewEval(
            List<Eval> keys,
            List<Eval> values,
            int keySlot,
            int valueSlot,
            EvalMode mode,
            String source,
            SourceSpan span) {
        super(span);
        this.keys = keys.toArray(new Eval[0]);
        this.values = values.toArray(new Eval[0]);
        this.keySlot = keySlot;
        this.valueSlot = valueSlot;
        this.mode = mode;
        this.source = source;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot key = frame.slot(keySlot);
        Slot value = frame.slot(valueSlot);
        ValueArena arena = frame.arena();
        StructValue struct = arena.struct();
        for (int i = 0; i < keys.length; i++) {
            keys[i].eval(frame, key);
            if (!key.kind().isText()) {
                if (mode == EvalMode.ERROR) {
                    throw new EvaluationException(
                            "struct field name must be STRING or SYMBOL, found "
                                    + key.kind().displayName(),
                            keys[i].span() != null ? keys[i].span() : span,
                            source);
                }
                continue;
            }
            values[i].eval(frame, value);
            if (value.isMissing()) {
                continue;
            }
            arena.addField(struct, key.getString(), value.toRowValue(arena));
        }
        out.setValue(struct);
    }
}
