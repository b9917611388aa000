package org.partiqlvm.engine.expr;

import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * A reference to a local variable (bound by FROM, AT, BY, LET, GROUP BY or an aggregate).
 *
 * <p>Reads: slot {@code slot}. Writes: {@code out} = a copy of it. Allocates nothing.
 */
public final class VarEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final int slot;
    private final String name;

    public VarEval(int slot, String name, SourceSpan span) {
        super(span);
        this.slot = slot;
        this.name = name;
    }

    /** The variable's slot index. */
    public int slot() {
        return slot;
    }

    /** The variable's name, for messages. */
    public String name() {
        return name;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        out.copyFrom(frame.slot(slot));
    }
}
