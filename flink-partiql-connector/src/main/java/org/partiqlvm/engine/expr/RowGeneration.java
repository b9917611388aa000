package org.partiqlvm.engine.expr;

/**
 * The number of the current outer row of a nested-loop join: the join advances it each time it
 * takes a row from its outer side, and every {@link MemoEval} of an expression that depends only on
 * that side compares it with the number it last computed for (one compare per use).
 *
 * <p>One per join per VM, kept in the frame's state ({@link #of}); used by one thread.
 */
public final class RowGeneration {

    private long current;

    private RowGeneration() {}

    /** The current outer row's number (0 before the first row). */
    public long current() {
        return current;
    }

    /** The join took its next outer row. */
    public void advance() {
        current++;
    }

    /** The generation kept in frame state {@code index}, created on first use. */
    public static RowGeneration of(Frame frame, int index) {
        Object state = frame.state(index);
        if (state != null) {
            return (RowGeneration) state;
        }
        RowGeneration generation = new RowGeneration();
        frame.setState(index, generation);
        return generation;
    }
}
