package org.partiqlvm.engine;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * VMs of one {@link CompiledPlan} for callers that run a statement in many short executions from
 * any thread: {@link #acquire()} hands out an idle VM (or creates one), {@link #release} takes it
 * back for the next caller, keeping at most {@code maxIdle} idle VMs. Thread-safe; each VM is used
 * by one thread between acquire and release.
 */
public final class PartiQLVMPool {

    private final CompiledPlan plan;
    private final UdfRegistry udfs;
    private final Limits limits;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<PartiQLVM> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * Creates an empty pool.
     *
     * @param plan the statement every VM runs
     * @param udfs the user-defined functions the plan calls; may be null when it calls none
     * @param limits the limits every VM runs under
     * @param maxIdle the most idle VMs kept; a VM released beyond it is dropped
     */
    public PartiQLVMPool(CompiledPlan plan, UdfRegistry udfs, Limits limits, int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdle must be at least 1, got " + maxIdle);
        }
        this.plan = Objects.requireNonNull(plan, "plan");
        this.udfs = udfs;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.maxIdle = maxIdle;
    }

    /** An idle VM of the pool's plan, or a new one; the calling thread owns it until release. */
    public PartiQLVM acquire() {
        PartiQLVM vm = idle.pollFirst();
        if (vm == null) {
            return new PartiQLVM(plan, udfs, limits);
        }
        idleCount.decrementAndGet();
        return vm;
    }

    /**
     * Gives back a VM from {@link #acquire()}: its open execution is closed and any thread may
     * acquire it next.
     *
     * @throws IllegalArgumentException if the VM runs another plan
     */
    public void release(PartiQLVM vm) {
        if (vm.plan() != plan) {
            throw new IllegalArgumentException("the VM runs another plan than this pool's");
        }
        vm.disown();
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offerFirst(vm);
        } else {
            idleCount.decrementAndGet();
        }
    }

    /** The number of idle VMs held. */
    public int idle() {
        return idleCount.get();
    }
}
