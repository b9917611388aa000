package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.KindSet;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * A call of a user-defined function. The plan holds only the function's {@link FunctionSignature};
 * the implementation is the VM's, installed in the frame's state {@code functionStateIndex} when
 * the VM is created from a {@code UdfRegistry}.
 *
 * <p>Reads: each argument into its temporary slot. Writes: {@code out} = the function's result. A
 * known argument of a kind its parameter does not accept is a type mismatch (MISSING in COERCE
 * mode, an {@link EvaluationException} in ERROR mode) and the function is not called; then the
 * {@link org.partiqlvm.engine.fn.NullPolicy} applies. Anything else escaping the function (any
 * exception, checked ones thrown sneakily included, and any {@link Error} but a {@link
 * VirtualMachineError}) becomes an {@link EvaluationException} naming the call (both modes: it is a
 * failure of the function, not of the data). A function that writes no result returns MISSING.
 *
 * <p>Allocates nothing itself (the argument slot array is built once per VM, in the frame's state
 * {@code argsStateIndex}); the function may.
 */
public final class UdfCallEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final FunctionSignature signature;
    private final Eval[] args;
    private final int[] argSlots;
    private final int argsStateIndex;
    private final int functionStateIndex;
    private final CallSite site;

    /**
     * Creates the call.
     *
     * @param signature the function called, as compiled against
     * @param args the argument expressions
     * @param argSlots a temporary slot per argument
     * @param argsStateIndex the frame state index for this call's argument array
     * @param functionStateIndex the frame state index where the VM installs the function
     * @param site the call site
     * @param span where the call is written
     */
    public UdfCallEval(
            FunctionSignature signature,
            List<Eval> args,
            int[] argSlots,
            int argsStateIndex,
            int functionStateIndex,
            CallSite site,
            SourceSpan span) {
        super(span);
        this.signature = signature;
        this.args = args.toArray(new Eval[0]);
        this.argSlots = argSlots.clone();
        this.argsStateIndex = argsStateIndex;
        this.functionStateIndex = functionStateIndex;
        this.site = site;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot[] values = (Slot[]) frame.state(argsStateIndex);
        if (values == null) {
            values = new Slot[argSlots.length];
            for (int i = 0; i < argSlots.length; i++) {
                values[i] = frame.slot(argSlots[i]);
            }
            frame.setState(argsStateIndex, values);
        }
        for (int i = 0; i < args.length; i++) {
            args[i].eval(frame, values[i]);
        }
        for (int i = 0; i < values.length; i++) {
            ValueKind kind = values[i].kind();
            KindSet accepted = signature.parameter(i);
            if (!kind.isUnknown() && !accepted.contains(kind)) {
                site.typeMismatch(out, i, accepted.description(), kind);
                return;
            }
        }
        FunctionDefinition function = (FunctionDefinition) frame.state(functionStateIndex);
        if (!isArgument(out, values)) {
            out.setMissing(); // a function that writes nothing returns MISSING, not a stale value
        }
        try {
            function.call(values, out, site);
        } catch (EvaluationException e) {
            throw e;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // also checked exceptions thrown sneakily, and other Errors
            throw site.error("user-defined function failed: " + e, e);
        }
    }

    private static boolean isArgument(Slot out, Slot[] values) {
        for (Slot value : values) {
            if (value == out) {
                return true;
            }
        }
        return false;
    }
}
