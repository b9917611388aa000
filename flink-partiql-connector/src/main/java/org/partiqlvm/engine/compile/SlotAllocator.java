package org.partiqlvm.engine.compile;

/**
 * Hands out frame slot numbers while a plan is compiled: variable {@code id} lives in slot {@code
 * id}, temporaries get fresh slots after the variables, and per-VM state (operator instances of
 * subqueries, caches) gets state indices.
 */
final class SlotAllocator {

    private final int variableCount;
    private int nextSlot;
    private int nextState;

    SlotAllocator(int variableCount) {
        this.variableCount = variableCount;
        this.nextSlot = variableCount;
    }

    /** The slot of a variable. */
    int variable(int varId) {
        if (varId < 0 || varId >= variableCount) {
            throw new IllegalArgumentException("no variable " + varId);
        }
        return varId;
    }

    /** A fresh temporary slot. */
    int temp() {
        return nextSlot++;
    }

    /** A fresh per-VM state index. */
    int state() {
        return nextState++;
    }

    int slotCount() {
        return nextSlot;
    }

    int stateCount() {
        return nextState;
    }
}
