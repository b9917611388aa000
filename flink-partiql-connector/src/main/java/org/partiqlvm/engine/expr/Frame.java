package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.FunctionContext;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * The registers of one {@link org.partiqlvm.engine.PartiQLVM}: every variable and temporary of the
 * compiled plan has a fixed slot index here, assigned by the compiler (JSLT's "prepare": names
 * become numbers).
 *
 * <p>Also carries what evaluators need besides slots: the bound globals and parameters of the
 * current execution, the VM's arena, the functions' context (clock and caches) and the VM's
 * operator instances (for subqueries). One frame per VM, used by one thread; nothing in it is
 * shared.
 */
public final class Frame {

    private final Slot[] slots;
    private final ValueArena arena;
    private final Object[] state;
    private final FunctionContext functions;
    private long arenaFloor;
    private Value[] globals;
    private Value[] parameters;
    private Limits limits = Limits.DEFAULTS;
    private long workLeft = Limits.DEFAULT_WORK_PER_RECORD;

    /**
     * Creates a frame.
     *
     * @param slotCount how many slots the plan uses
     * @param stateCount how many per-VM state objects (operator instances, caches) the plan uses
     * @param arena the VM's arena
     */
    public Frame(int slotCount, int stateCount, ValueArena arena) {
        this(slotCount, stateCount, arena, new FunctionContext());
    }

    /**
     * Creates a frame whose functions use {@code functions} (its clock decides {@code UTCNOW()}).
     */
    public Frame(int slotCount, int stateCount, ValueArena arena, FunctionContext functions) {
        this.slots = new Slot[slotCount];
        for (int i = 0; i < slotCount; i++) {
            slots[i] = new Slot();
        }
        this.state = new Object[stateCount];
        this.arena = arena;
        this.functions = functions;
        functions.setArena(arena);
        this.globals = new Value[0];
        this.parameters = new Value[0];
    }

    /** The slot with the given index. */
    public Slot slot(int index) {
        return slots[index];
    }

    /** The number of slots. */
    public int slotCount() {
        return slots.length;
    }

    /** The VM's arena, where computed strings take their characters. */
    public ValueArena arena() {
        return arena;
    }

    /** Starts an execution: the whole arena is free again. O(1). */
    public void resetArena() {
        arena.reset();
        arenaFloor = 0;
    }

    /**
     * Ends a row: releases the arena back to its floor (what joins hold for the row they walk the
     * other side for stays). O(1).
     */
    public void releaseRow() {
        arena.release(arenaFloor);
    }

    /**
     * Keeps what the arena holds now across the coming rows: a join calls it when it has taken a
     * row from one side and will return several rows for it. Returns the floor to give back to
     * {@link #restoreArena} when that row is done.
     */
    public long holdArena() {
        long previous = arenaFloor;
        arenaFloor = Math.max(previous, arena.position());
        return previous;
    }

    /**
     * Undoes a {@link #holdArena()}: the floor goes back to {@code previousFloor}, and the arena
     * back to {@code openPosition} (where it was when the join opened) or that floor, whichever is
     * higher. O(1).
     */
    public void restoreArena(long previousFloor, long openPosition) {
        arenaFloor = previousFloor;
        arena.release(Math.max(previousFloor, openPosition));
    }

    /**
     * Where the arena is now: a mark for {@link #releaseTo(long)}, taken by an operator before it
     * consumes rows of its input. O(1).
     */
    public long arenaMark() {
        return arena.position();
    }

    /**
     * Releases what the arena took since {@code mark} (what joins below hold stays): an operator
     * that consumed an input row and kept only ordinary copies ({@link Slot#toValue()}) of it calls
     * this, so that the rows it consumes in one go do not add up. O(1).
     */
    public void releaseTo(long mark) {
        arena.release(Math.max(mark, arenaFloor));
    }

    /** The floor {@link #releaseRow()} releases the arena to. */
    public long arenaFloor() {
        return arenaFloor;
    }

    /** The built-in functions' context: the execution's clock and the VM's caches. */
    public FunctionContext functions() {
        return functions;
    }

    /** The value of global {@code index} of the current execution. */
    public Value global(int index) {
        return globals[index];
    }

    /** The value of parameter {@code index} (0-based) of the current execution. */
    public Value parameter(int index) {
        return parameters[index];
    }

    /**
     * Binds the globals and parameters for the next execution (and restarts the functions' clock).
     * The arrays are not copied.
     */
    public void bind(Value[] globals, Value[] parameters) {
        this.globals = globals;
        this.parameters = parameters;
        functions.beginExecution();
    }

    /** Sets the limits the next executions run under. */
    public void setLimits(Limits newLimits) {
        this.limits = newLimits;
        functions.setValueSize(newLimits.valueSize());
        this.workLeft = newLimits.workPerRecord();
    }

    /** The limits this frame runs under. */
    public Limits limits() {
        return limits;
    }

    /** Restores the whole work budget ({@link Limits#workPerRecord()}), before an execution. */
    public void resetWork() {
        workLeft = limits.workPerRecord();
    }

    /**
     * Counts one evaluation step (a row visited) against the work budget: one decrement and one
     * compare, no allocation.
     *
     * @throws LimitExceededException once the execution has taken {@link Limits#workPerRecord()}
     *     steps
     */
    public void step() {
        if (--workLeft < 0) {
            throw workExceeded();
        }
    }

    private LimitExceededException workExceeded() {
        // stays exhausted: an operator that catches this and goes on fails at its next step
        workLeft = 0;
        return new LimitExceededException(
                Limits.WORK_PER_RECORD,
                limits.workPerRecord(),
                "the record's evaluation took more steps (rows visited) than" + " its work budget",
                null,
                null);
    }

    /** The per-VM state object {@code index} (an operator instance, a cache), or null. */
    public Object state(int index) {
        return state[index];
    }

    /** Sets per-VM state object {@code index}. */
    public void setState(int index, Object value) {
        state[index] = value;
    }
}
