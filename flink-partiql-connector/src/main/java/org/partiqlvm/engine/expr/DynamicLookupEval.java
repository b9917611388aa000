package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * An unqualified name resolved at run time, SQL style: the named field of the first FROM variable
 * whose current value is a struct having it, or a global of that name.
 *
 * <p>Reads: the candidate variables' slots. Writes: {@code out} = the value found. When the name is
 * found nowhere it is an {@link EvaluationException} in both modes (an undefined name is a mistake
 * in the statement, not in the data). Allocates nothing.
 */
public final class DynamicLookupEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean caseSensitive;
    private final int[] candidateSlots;
    private final int globalIndex;
    private final boolean globalsFirst;
    private final String source;

    /**
     * Creates the lookup.
     *
     * @param name the name as written
     * @param caseSensitive whether it was quoted
     * @param candidateSlots the FROM variables to search, innermost first
     * @param globalIndex the index of the global of that name, or -1
     * @param globalsFirst whether that global wins over the candidates
     * @param source the statement text
     * @param span where the name is written
     */
    public DynamicLookupEval(
            String name,
            boolean caseSensitive,
            int[] candidateSlots,
            int globalIndex,
            boolean globalsFirst,
            String source,
            SourceSpan span) {
        super(span);
        this.name = name;
        this.caseSensitive = caseSensitive;
        this.candidateSlots = candidateSlots.clone();
        this.globalIndex = globalIndex;
        this.globalsFirst = globalsFirst;
        this.source = source;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        if (globalsFirst && globalIndex >= 0) {
            out.setValue(frame.global(globalIndex));
            return;
        }
        for (int slot : candidateSlots) {
            Slot candidate = frame.slot(slot);
            if (candidate.kind() == ValueKind.STRUCT) {
                Value field = candidate.toValue().get(name, caseSensitive);
                if (!field.isMissing()) {
                    out.setValue(field);
                    return;
                }
            }
        }
        if (globalIndex >= 0) {
            out.setValue(frame.global(globalIndex));
            return;
        }
        throw new EvaluationException(
                "undefined name '" + name + "': no variable in scope has such a field",
                span,
                source);
    }
}
