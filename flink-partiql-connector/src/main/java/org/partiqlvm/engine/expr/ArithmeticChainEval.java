package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * A long left-deep arithmetic chain {@code ((a + b) - c) + ...}, folded left to right in a loop:
 * each step runs the same {@link OperatorKernel} as the binary operator would, on the result so far
 * and the next operand, with that operator's own call site (so errors name it, and MISSING/NULL and
 * strict/permissive behaviour are the binary operator's). The operands are evaluated in the same
 * order as the left-deep tree evaluates them.
 *
 * <p>Reads: two accumulator slots (used in turn) and one operand slot. Writes: {@code out} = the
 * result of the last step. The two argument arrays are built once per VM (kept in the frame's state
 * {@code stateIndex}); a run allocates nothing itself.
 */
public final class ArithmeticChainEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval[] operands;
    private final OperatorKernel[] kernels;
    private final CallSite[] sites;
    private final int[] slots;
    private final int stateIndex;

    /**
     * Creates the chain.
     *
     * @param operands the operand expressions, one more than {@code kernels}
     * @param kernels the operator of each step
     * @param sites the call site of each step
     * @param slots three temporary slots: two accumulators and the operand
     * @param stateIndex the frame state index for the argument arrays
     * @param span where the chain is written
     */
    public ArithmeticChainEval(
            List<Eval> operands,
            List<OperatorKernel> kernels,
            List<CallSite> sites,
            int[] slots,
            int stateIndex,
            SourceSpan span) {
        super(span);
        if (operands.size() != kernels.size() + 1 || sites.size() != kernels.size()) {
            throw new IllegalArgumentException("a chain has one operand more than operators");
        }
        if (slots.length != 3) {
            throw new IllegalArgumentException("a chain takes three temporary slots");
        }
        this.operands = operands.toArray(new Eval[0]);
        this.kernels = kernels.toArray(new OperatorKernel[0]);
        this.sites = sites.toArray(new CallSite[0]);
        this.slots = slots.clone();
        this.stateIndex = stateIndex;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot[][] args = (Slot[][]) frame.state(stateIndex);
        if (args == null) {
            Slot first = frame.slot(slots[0]);
            Slot second = frame.slot(slots[1]);
            Slot operand = frame.slot(slots[2]);
            args = new Slot[][] {{first, operand}, {second, operand}};
            frame.setState(stateIndex, args);
        }
        operands[0].eval(frame, args[0][0]);
        int last = kernels.length - 1;
        for (int i = 0; i <= last; i++) {
            Slot[] step = args[i & 1];
            operands[i + 1].eval(frame, step[1]);
            Slot result = i == last ? out : args[(i + 1) & 1][0];
            kernels[i].invoke(step, result, sites[i], frame.functions());
        }
    }
}
