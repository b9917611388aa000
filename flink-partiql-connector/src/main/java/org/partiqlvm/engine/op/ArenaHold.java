package org.partiqlvm.engine.op;

import org.partiqlvm.engine.expr.Frame;

/**
 * What a join keeps of the VM's arena while it walks the other side for one row: the characters of
 * the strings computed for that row must survive the per-row release of {@link Frame#releaseRow()}
 * until the join moves on.
 *
 * <p>{@link #open} notes where the arena was when the join opened; {@link #hold} raises the arena's
 * floor over what the current row holds; {@link #release} lowers it again and gives the row's
 * characters back (down to where the join opened: what was there before belongs to others); {@link
 * #close} only lowers the floor (a parent may still read what the last row computed). Each O(1).
 */
final class ArenaHold {

    private long openPosition;
    private long previousFloor;
    private boolean holding;

    /** The join opens. */
    void open(Frame frame) {
        release(frame);
        openPosition = frame.arena().position();
    }

    /** The join took a row it will return several rows for. */
    void hold(Frame frame) {
        release(frame);
        previousFloor = frame.holdArena();
        holding = true;
    }

    /** The join is done with the row: its characters go back to the arena. */
    void release(Frame frame) {
        if (holding) {
            holding = false;
            frame.restoreArena(previousFloor, openPosition);
        }
    }

    /** The join closes: the floor goes back, the characters stay until the row's release. */
    void close(Frame frame) {
        if (holding) {
            holding = false;
            frame.restoreArena(previousFloor, Long.MAX_VALUE);
        }
    }
}
