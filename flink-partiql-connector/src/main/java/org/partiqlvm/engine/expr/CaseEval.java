package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * Searched {@code CASE WHEN c1 THEN r1 ... ELSE e END} (a simple CASE is planned into this form).
 *
 * <p>Reads: each condition into {@code conditionSlot} until one is TRUE (FALSE, NULL, MISSING and
 * non-booleans count as not TRUE). Writes: {@code out} = that branch's result, else the ELSE value,
 * else NULL. Allocates nothing.
 */
public final class CaseEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval[] conditions;
    private final Eval[] results;
    private final Eval otherwise;
    private final int conditionSlot;

    public CaseEval(
            List<Eval> conditions,
            List<Eval> results,
            Eval otherwise,
            int conditionSlot,
            SourceSpan span) {
        super(span);
        this.conditions = conditions.toArray(new Eval[0]);
        this.results = results.toArray(new Eval[0]);
        this.otherwise = otherwise;
        this.conditionSlot = conditionSlot;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot condition = frame.slot(conditionSlot);
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i].isTrue(frame, condition)) {
                results[i].eval(frame, out);
                return;
            }
        }
        if (otherwise != null) {
            otherwise.eval(frame, out);
        } else {
            out.setNull();
        }
    }
}
