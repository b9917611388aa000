package org.partiqlvm.engine.fn;

import java.io.Serializable;
import org.partiqlvm.value.Slot;

/**
 * The implementation of a scalar function: reads its evaluated arguments from slots and writes its
 * result into a slot.
 *
 * <p>Implementations are stateless and thread-safe (one instance serves every VM), and must not
 * allocate on the common path beyond the result value itself. Failures go through {@link
 * CallSite#typeMismatch} / {@link CallSite#dataError}, never through an exception the function
 * creates itself. Call them through {@link FunctionDefinition#call}, which applies the null policy;
 * they still check the kinds of their (known) arguments.
 */
@FunctionalInterface
public interface ScalarFunction extends Serializable {

    /**
     * Computes the function.
     *
     * @param args the evaluated arguments; with {@link NullPolicy#PROPAGATE} none is MISSING or
     *     NULL
     * @param out where the result goes
     * @param site the call site, for error reporting
     */
    void invoke(Slot[] args, Slot out, CallSite site);

    /**
     * Computes the function with the calling VM's context; functions that need it implement {@link
     * ContextualFunction}, the others ignore it.
     */
    default void invoke(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        invoke(args, out, site);
    }
}
