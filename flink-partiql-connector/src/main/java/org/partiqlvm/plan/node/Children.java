package org.partiqlvm.plan.node;

import java.util.List;

/**
 * Checks the child lists given to {@link PlanExpr#withOperands} and {@link RelNode#withChildren}.
 */
final class Children {

    private Children() {}

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

    /** Throws unless the lists are as long as {@code node}'s inputs and expressions. */
    static void require(RelNode node, List<RelNode> inputs, List<PlanExpr> expressions) {
        int in = node.inputs().size();
        int ex = node.expressions().size();
        if (inputs.size() != in || expressions.size() != ex) {
            throw new IllegalArgumentException(
                    node.getClass().getSimpleName()
                            + " has "
                            + in
                            + " inputs and "
                            + ex
                            + " expressions, not "
                            + inputs.size()
                            + " and "
                            + expressions.size());
        }
    }
}
