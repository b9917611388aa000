package org.partiqlvm.engine.op;

import org.partiqlvm.engine.expr.Frame;

/**
 * A relational operator instance: produces binding tuples one at a time by writing its variables
 * into their frame slots (Volcano-style pull).
 *
 * <p>Each operator class nests an immutable {@link RelSpec} kept in the compiled plan; a VM creates
 * its own instances from the specs, so all per-run state lives here and is reused from run to run
 * (nothing is allocated per row in the steady state).
 */
public interface RelOp {

    /**
     * Starts (or restarts) producing rows from the current bindings; called again to rescan, for
     * example for the inner side of a lateral join once per outer row.
     */
    void open(Frame frame);

    /**
     * Produces the next binding tuple into the frame slots of this operator's variables.
     *
     * @return false when there are no more rows (the slots are then unspecified)
     */
    boolean next(Frame frame);

    /**
     * Releases what the run holds (buffers are kept for reuse); the operator may be opened again.
     */
    void close(Frame frame);
}
