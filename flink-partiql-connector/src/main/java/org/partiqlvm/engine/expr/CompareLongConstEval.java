package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/**
 * A comparison of an expression with an integer constant, {@code i.qty > 0}: the typed fast path of
 * the most common filter.
 *
 * <p>Reads: the operand into {@code operandSlot}. Writes: {@code out} = BOOL when the operand is a
 * 64-bit INT, compared as two {@code long}s; for any other operand (DECIMAL, FLOAT, MISSING, NULL,
 * a type mismatch) it falls back to the general comparison ({@link OperatorKernel}) with the
 * constant in {@code constantSlot}, so results and errors are exactly those of the general path.
 * Allocates nothing.
 */
public final class CompareLongConstEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final OperatorKernel op;
    private final Eval operand;
    private final boolean constantOnLeft;
    private final long constant;
    private final Value constantValue;
    private final int operandSlot;
    private final int constantSlot;
    private final int stateIndex;
    private final CallSite site;

    /**
     * Creates the comparison.
     *
     * @param op one of EQ, NE, LT, LE, GT, GE
     * @param operand the non-constant side
     * @param constantValue the constant (an INT that fits a long)
     * @param constantOnLeft whether the constant is the left operand ({@code 0 < i.qty})
     * @param operandSlot temporary slot for the operand
     * @param constantSlot temporary slot holding the constant for the general path
     * @param stateIndex frame state index for the general path's argument array
     * @param site the call site, for errors
     */
    public CompareLongConstEval(
            OperatorKernel op,
            Eval operand,
            Value constantValue,
            boolean constantOnLeft,
            int operandSlot,
            int constantSlot,
            int stateIndex,
            CallSite site,
            org.partiqlvm.error.SourceSpan span) {
        super(span);
        this.op = op;
        this.operand = operand;
        this.constantOnLeft = constantOnLeft;
        this.constant = constantValue.asLong();
        this.constantValue = constantValue;
        this.operandSlot = operandSlot;
        this.constantSlot = constantSlot;
        this.stateIndex = stateIndex;
        this.site = site;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot value = frame.slot(operandSlot);
        operand.eval(frame, value);
        if (value.isLong()) {
            long a = constantOnLeft ? constant : value.getLong();
            long b = constantOnLeft ? value.getLong() : constant;
            out.setBool(
                    switch (op) {
                        case EQ -> a == b;
                        case NE -> a != b;
                        case LT -> a < b;
                        case LE -> a <= b;
                        case GT -> a > b;
                        case GE -> a >= b;
                        default -> throw new IllegalStateException("not a comparison: " + op);
                    });
            return;
        }
        Slot[] args = (Slot[]) frame.state(stateIndex);
        if (args == null) {
            args =
                    constantOnLeft
                            ? new Slot[] {frame.slot(constantSlot), value}
                            : new Slot[] {value, frame.slot(constantSlot)};
            frame.setState(stateIndex, args);
        }
        frame.slot(constantSlot).setValue(constantValue);
        op.invoke(args, out, site);
    }

    /** True for the operators this evaluator handles. */
    public static boolean handles(OperatorKernel op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }
}
