package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * A call of a function or operator: evaluates the arguments into their slots and runs the function
 * on them.
 *
 * <p>Reads: each argument into its temporary slot. Writes: {@code out} = the function's result.
 * MISSING/NULL handling and type errors are the function's (see its {@link
 * org.partiqlvm.engine.fn.NullPolicy}); errors name the call through the {@link CallSite}.
 *
 * <p>The argument slot array is built once per VM (kept in the frame's state {@code stateIndex}); a
 * call allocates nothing itself.
 */
public final class CallEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final ScalarFunction function;
    private final Eval[] args;
    private final int[] argSlots;
    private final int stateIndex;
    private final CallSite site;

    /**
     * Creates the call.
     *
     * @param function what to run
     * @param args the argument expressions
     * @param argSlots a temporary slot per argument
     * @param stateIndex the frame state index for this call's argument array
     * @param site the call site
     * @param span where the call is written
     */
    public CallEval(
            ScalarFunction function,
            List<Eval> args,
            int[] argSlots,
            int stateIndex,
            CallSite site,
            SourceSpan span) {
        super(span);
        this.function = function;
        this.args = args.toArray(new Eval[0]);
        this.argSlots = argSlots.clone();
        this.stateIndex = stateIndex;
        this.site = site;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot[] values = (Slot[]) frame.state(stateIndex);
        if (values == null) {
            values = new Slot[argSlots.length];
            for (int i = 0; i < argSlots.length; i++) {
                values[i] = frame.slot(argSlots[i]);
            }
            frame.setState(stateIndex, values);
        }
        for (int i = 0; i < args.length; i++) {
            args[i].eval(frame, values[i]);
        }
        function.invoke(values, out, site, frame.functions());
        if (out.kind() == ValueKind.STRING && out.storedValue() == null) {
            // a string built by this call (not one passed through): bounded by the value-size limit
            int length = out.textLength();
            if (length > frame.limits().valueSize()) {
                throw site.valueTooLarge("a string", length, frame.limits().valueSize());
            }
        }
    }
}
