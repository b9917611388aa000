package org.partiqlvm.engine.expr;

import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/**
 * A literal or a constant folded at compile time.
 *
 * <p>Writes: {@code out} = the constant. Allocates nothing.
 */
public final class ConstEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Value value;

    public ConstEval(Value value, SourceSpan span) {
        super(span);
        this.value = value;
    }

    /** The constant. */
    public Value value() {
        return value;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        out.setValue(value);
    }
}
