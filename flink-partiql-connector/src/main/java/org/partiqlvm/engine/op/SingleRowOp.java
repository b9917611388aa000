package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;

/**
 * The single empty binding tuple of a query without FROM ({@code SELECT 1 + 1 AS two}): one row,
 * binding nothing.
 */
public final class SingleRowOp implements RelOp {

    /** The compiled operator; it has no parameters. */
    public record Spec() implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of();
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "SingleRow";
        }

        @Override
        public RelOp create() {
            return new SingleRowOp();
        }
    }

    private boolean done;

    @Override
    public void open(Frame frame) {
        done = false;
    }

    @Override
    public boolean next(Frame frame) {
        if (done) {
            return false;
        }
        done = true;
        return true;
    }

    @Override
    public void close(Frame frame) {}
}
