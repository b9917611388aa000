package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;

/**
 * {@code SELECT e1 AS c1, e2 AS c2} and {@code SELECT VALUE e}: computes the output columns of each
 * row into their slots, where the result stream (or DISTINCT, ORDER BY, a set operation) reads
 * them.
 *
 * <p>Writes per row: one slot per output column. A column that evaluates to MISSING stays MISSING
 * here; writers leave it out of the row's struct. Allocates nothing beyond what the expressions do.
 */
public final class ProjectOp implements RelOp {

    /**
     * The compiled projection or LET.
     *
     * @param input the rows to extend
     * @param columns the expressions
     * @param outputSlots the slots they are written to, parallel to {@code columns}
     */
    public record Spec(RelSpec input, List<Eval> columns, int[] outputSlots) implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Project " + Explain.evals(columns, text) + " -> " + Explain.slots(outputSlots);
        }

        public Spec {
            columns = List.copyOf(columns);
            outputSlots = outputSlots.clone();
        }

        @Override
        public RelOp create() {
            return new ProjectOp(this, input.create());
        }
    }

    private final RelOp input;
    private final Eval[] columns;
    private final int[] outputSlots;

    private ProjectOp(Spec spec, RelOp input) {
        this.input = input;
        this.columns = spec.columns().toArray(new Eval[0]);
        this.outputSlots = spec.outputSlots();
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
        for (int i = 0; i < columns.length; i++) {
            columns[i].eval(frame, frame.slot(outputSlots[i]));
        }
        return true;
    }

    @Override
    public void close(Frame frame) {
        input.close(frame);
    }
}
