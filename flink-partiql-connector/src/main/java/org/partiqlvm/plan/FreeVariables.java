package org.partiqlvm.plan;

import java.util.HashSet;
import java.util.Set;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Var;

/** The variables a plan fragment refers to (used to tell whether a join is lateral). */
public final class FreeVariables {

    private FreeVariables() {}

    /** The ids of all variables referenced anywhere in the plan node {@code node}. */
    public static Set<Integer> of(RelNode node) {
        Set<Integer> ids = new HashSet<>();
        collect(node, ids);
        return ids;
    }

    /** The ids of all variables referenced anywhere in the expression {@code expr}. */
    public static Set<Integer> of(PlanExpr expr) {
        Set<Integer> ids = new HashSet<>();
        collect(expr, ids);
        return ids;
    }

    private static void collect(RelNode node, Set<Integer> ids) {
        for (RelNode input : node.inputs()) {
            collect(input, ids);
        }
        for (PlanExpr e : node.expressions()) {
            collect(e, ids);
        }
    }

    private static void collect(PlanExpr expr, Set<Integer> ids) {
        if (expr instanceof Var var) {
            ids.add(var.varId());
        } else if (expr instanceof Query query) {
            collect(query.rel(), ids);
        }
        for (PlanExpr operand : expr.operands()) {
            collect(operand, ids);
        }
    }
}
