package org.partiqlvm.engine.expr;

import java.io.Serializable;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * A compiled scalar expression: evaluates into a slot of the frame.
 *
 * <p>Evaluators are immutable and shared by every VM of a compiled plan; all run-time state lives
 * in the {@link Frame} (temporaries are slots whose indices the compiler assigned). One class per
 * expression form ({@code PathEval}, {@code CompareEval}, {@code LikeEval}, ...); each documents
 * the slots it reads and writes, its MISSING/NULL behaviour, strict vs permissive differences and
 * what it allocates per row (usually nothing).
 */
public abstract class Eval implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the expression is written in the statement. */
    protected final SourceSpan span;

    protected Eval(SourceSpan span) {
        this.span = span;
    }

    /** Where the expression is written in the statement, or null for synthesized expressions. */
    public final SourceSpan span() {
        return span;
    }

    /**
     * Evaluates the expression.
     *
     * @param frame the VM's registers
     * @param out where the result goes; may be written even when evaluation then fails
     */
    public abstract void eval(Frame frame, Slot out);

    /**
     * Evaluates the expression as a condition (WHERE, ON, HAVING, CASE WHEN): true only when the
     * result is the BOOL TRUE; FALSE, NULL, MISSING and non-booleans are not true.
     *
     * @param frame the VM's registers
     * @param scratch the slot the value is evaluated into
     */
    public final boolean isTrue(Frame frame, Slot scratch) {
        eval(frame, scratch);
        return scratch.kind() == ValueKind.BOOL && scratch.getBool();
    }
}
