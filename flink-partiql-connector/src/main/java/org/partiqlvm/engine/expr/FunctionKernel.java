package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.FunctionContext;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.value.Slot;

/**
 * A resolved function of the built-in table, run through its definition so that its {@link
 * org.partiqlvm.engine.fn.NullPolicy} and parameter kinds apply.
 */
public final class FunctionKernel implements ScalarFunction {

    private static final long serialVersionUID = 1L;

    private final FunctionDefinition definition;

    FunctionKernel(FunctionDefinition definition) {
        this.definition = definition;
    }

    @Override
    public void invoke(Slot[] args, Slot out, CallSite site) {
        definition.call(args, out, site);
    }

    @Override
    public void invoke(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        definition.call(args, out, site, context);
    }

    /** The function as a {@link ScalarFunction} honouring its null policy. */
    public static ScalarFunction of(FunctionDefinition definition) {
        return new FunctionKernel(definition);
    }
}
