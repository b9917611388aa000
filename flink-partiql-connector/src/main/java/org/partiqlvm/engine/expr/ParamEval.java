package org.partiqlvm.engine.expr;

import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * A positional parameter {@code ?}.
 *
 * <p>Writes: {@code out} = the value bound for this execution. Allocates nothing.
 */
public final class ParamEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final int index;

    public ParamEval(int index, SourceSpan span) {
        super(span);
        this.index = index;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        out.setValue(frame.parameter(index));
    }
}
