package org.partiqlvm.engine.op;

import java.util.List;
import org.partiqlvm.engine.Frame;
import org.partiqlvm.engine.expr.Eval;

/**
 * {@code LET e1 AS x1, e2 AS x2}: binds computed variables for each input row, in order (a later
 * binding may use an earlier one).
 *
 * <p>Writes per row: each variable's slot. Allocates nothing beyond what the expressions do.
 */
public final class LetOp implements RelOp {

    /**
     * The compiled LET.
     *
     * @param input the rows to extend
     * @param expressions the bound expressions
     * @param slots the variables' slots, parallel to {@code expressions}
     */
    public record Spec(RelSpec input, List<Eval> expressions, int[] slots) implements RelSpec {
        public Spec {
            expressions = List.copyOf(expressions);
            slots = slots.clone();
        }

        @Override
        public RelOp create() {
            return new LetOp(this, input.create());
        }
    }

    private final RelOp input;
    private final Eval[] expressions;
    private final int[] slots;

    private LetOp(Spec spec, RelOp input) {
        this.input = input;
        this.expressions = spec.expressions().toArray(new Eval[0]);
        this.slots = spec.slots();
    }

    @Override
    public void open(Frame frame) {
        input.open(frame);
    }

    @Override
    public boolean next(Frame frame) {
        if (!input.next(frame)) {
            return false;
        }
        for (int i = 0; i < expressions.length; i++) {
            expressions[i].eval(frame, frame.slot(slots[i]));
        }
        return true;
    }

    @Override
    public void close(Frame frame) {
        input.close(frame);
    }
}
