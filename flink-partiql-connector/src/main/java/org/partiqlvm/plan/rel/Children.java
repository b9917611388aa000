package org.partiqlvm.plan.rel;

import java.util.List;
import org.partiqlvm.plan.expr.PlanExpr;

/** Checks the lists given to {@link RelNode#withChildren}. */
final class Children {

    private Children() {}

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
