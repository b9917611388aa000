package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.TypeTests;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.Slot;

/**
 * {@code value IS [NOT] type}, including {@code IS NULL} (true for NULL and MISSING) and {@code IS
 * MISSING}.
 *
 * <p>Reads: the value into {@code valueSlot}. Writes: {@code out} = BOOL, never unknown. Same in
 * both modes. Allocates nothing (except DECIMAL(p, s) checks).
 */
public final class IsTypeEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval value;
    private final int valueSlot;
    private final CastTarget type;
    private final boolean negated;

    public IsTypeEval(
            Eval value, int valueSlot, CastTarget type, boolean negated, SourceSpan span) {
        super(span);
        this.value = value;
        this.valueSlot = valueSlot;
        this.type = type;
        this.negated = negated;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot v = frame.slot(valueSlot);
        value.eval(frame, v);
        TypeTests.isType(v, type, negated, out);
    }
}
