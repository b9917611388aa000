package org.partiqlvm.engine.expr;

import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * A reference to a global binding of the execution (the stream, a table of the environment).
 *
 * <p>Writes: {@code out} = the bound value. Allocates nothing.
 */
public final class GlobalEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final int index;

    public GlobalEval(int index, SourceSpan span) {
        super(span);
        this.index = index;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        out.setValue(frame.global(index));
    }
}
