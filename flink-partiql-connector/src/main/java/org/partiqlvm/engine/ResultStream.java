package org.partiqlvm.engine;

import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.op.RelOp;

/**
 * The rows of one execution, pulled one at a time: {@code while ((row = stream.nextRow()) !=
 * null)}. Each row is a view valid until the next call.
 *
 * <p>One reused object per VM. Closing it (or starting the next execution) releases the run and
 * returns the VM to a reusable state; the arena is reset when an execution starts and released back
 * before each row.
 */
public final class ResultStream implements AutoCloseable {

    private final Frame frame;
    private final RelOp root;
    private final CompiledPlan plan;
    private final ResultRow row;
    private boolean open;
    private boolean valueDone;

    ResultStream(Frame frame, RelOp root, CompiledPlan plan, ResultRow row) {
        this.frame = frame;
        this.root = root;
        this.plan = plan;
        this.row = row;
    }

    void start() {
        frame.resetArena();
        valueDone = false;
        open = true;
        if (root != null) {
            root.open(frame);
        }
    }

    /**
     * The next row, or null when there are no more. The returned view is valid until the next call.
     */
    public ResultRow nextRow() {
        if (!open) {
            return null;
        }
        frame.releaseRow();
        if (root != null) {
            if (root.next(frame)) {
                return row;
            }
        } else if (!valueDone) {
            valueDone = true;
            plan.value().eval(frame, frame.slot(plan.valueSlot()));
            return row;
        }
        close();
        return null;
    }

    /** The schema of the rows. */
    public OutputSchema schema() {
        return plan.schema();
    }

    /** Ends the run; the VM can execute again. Idempotent. */
    @Override
    public void close() {
        if (open) {
            open = false;
            if (root != null) {
                root.close(frame);
            }
        }
    }
}
