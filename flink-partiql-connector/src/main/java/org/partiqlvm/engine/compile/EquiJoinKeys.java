package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partiqlvm.plan.JoinPredicatePushdown;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Operator;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Var;

/**
 * Finds the equality keys of a join condition for a hash join: the conjuncts {@code l = r} of the
 * ON condition (its top-level ANDs) where {@code l} reads only variables of the left side and
 * {@code r} only variables of the right side (or the reverse), each at least one.
 *
 * <p>Conservative: an expression it cannot see through (a subquery, CASE, a constructor, a name
 * resolved at run time) is not a key. The condition as a whole is still evaluated on every
 * candidate pair, so the keys only need to be implied by it.
 */
final class EquiJoinKeys {

    /** The keys found: parallel lists of expressions over the left and the right side. */
    final List<PlanExpr> left = new ArrayList<>();

    final List<PlanExpr> right = new ArrayList<>();

    private EquiJoinKeys() {}

    /**
     * The keys of {@code condition} between the variables {@code leftVars} and {@code rightVars},
     * or null when there is none.
     */
    static EquiJoinKeys of(PlanExpr condition, Set<Integer> leftVars, Set<Integer> rightVars) {
        EquiJoinKeys keys = new EquiJoinKeys();
        for (PlanExpr conjunct : JoinPredicatePushdown.conjuncts(condition)) {
            if (!(conjunct instanceof Op op) || op.op() != Operator.EQ) {
                continue;
            }
            PlanExpr a = op.args().get(0);
            PlanExpr b = op.args().get(1);
            Set<Integer> varsA = variables(a);
            Set<Integer> varsB = variables(b);
            if (varsA == null || varsB == null || varsA.isEmpty() || varsB.isEmpty()) {
                continue;
            }
            if (leftVars.containsAll(varsA) && rightVars.containsAll(varsB)) {
                keys.left.add(a);
                keys.right.add(b);
            } else if (leftVars.containsAll(varsB) && rightVars.containsAll(varsA)) {
                keys.left.add(b);
                keys.right.add(a);
            }
        }
        return keys.left.isEmpty() ? null : keys;
    }

    /** The variables {@code expr} reads, or null when it cannot tell. */
    static Set<Integer> variables(PlanExpr expr) {
        Set<Integer> vars = new HashSet<>();
        return collect(expr, vars) ? vars : null;
    }

    private static boolean collect(PlanExpr expr, Set<Integer> vars) {
        if (expr instanceof Var var) {
            vars.add(var.varId());
            return true;
        }
        if (expr instanceof Lit || expr instanceof Global || expr instanceof Param) {
            return true;
        }
        if (expr instanceof Op op) {
            return collectAll(op.args(), vars);
        }
        if (expr instanceof Call call) {
            return collectAll(call.args(), vars);
        }
        if (expr instanceof PathGet path) {
            if (!collect(path.root(), vars)) {
                return false;
            }
            for (PathStepNode step : path.steps()) {
                if (step instanceof PathStepNode.Index index && !collect(index.index(), vars)) {
                    return false;
                }
                if (step instanceof PathStepNode.Key key && !collect(key.name(), vars)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean collectAll(List<PlanExpr> exprs, Set<Integer> vars) {
        for (PlanExpr e : exprs) {
            if (!collect(e, vars)) {
                return false;
            }
        }
        return true;
    }
}
