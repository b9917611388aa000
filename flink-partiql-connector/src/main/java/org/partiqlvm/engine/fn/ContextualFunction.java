package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;

/**
 * A scalar function that needs the VM's {@link FunctionContext}: its per-execution clock ({@code
 * UTCNOW()}) or its small caches (patterns given at run time).
 *
 * <p>Called outside a VM (tests, direct calls), it runs with a fresh context on the system clock.
 */
@FunctionalInterface
public interface ContextualFunction extends ScalarFunction {

    @Override
    void invoke(Slot[] args, Slot out, CallSite site, FunctionContext context);

    @Override
    default void invoke(Slot[] args, Slot out, CallSite site) {
        invoke(args, out, site, new FunctionContext());
    }
}
