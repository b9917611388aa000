package org.partiqlvm.plan.expr;

import java.util.List;

/** Checks the operand lists given to {@link PlanExpr#withOperands}. */
final class Operands {

    private Operands() {}

    /** {@code operands}, if it holds as many expressions as {@code node.operands()}. */
    static List<PlanExpr> require(PlanExpr node, List<PlanExpr> operands) {
        int expected = node.operands().size();
        if (operands.size() != expected) {
            throw new IllegalArgumentException(
                    node.getClass().getSimpleName()
                            + " has "
                            + expected
                            + " operands, not "
                            + operands.size());
        }
        return operands;
    }
}
