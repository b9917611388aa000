package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Operator;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SingleBinding;
import org.partiqlvm.plan.node.Unpivot;

/**
 * Moves the conjuncts of a WHERE over comma (and INNER) joins to where they can act first: a
 * conjunct that reads the variables of one side only filters that side, below the join; one that
 * reads both sides of an independent (non-lateral) join becomes part of the join's condition, where
 * the compiler finds the equality keys of a hash join ({@code FROM t2 AS a, t2 AS b WHERE ... AND
 * a.fld1 = b.fld1}); over a lateral join it filters the right side, which is evaluated per left
 * binding anyway. Conjuncts that read no variable of the FROM clause (constants, outer variables,
 * subqueries) and those that read LET variables stay where they were.
 *
 * <p>The rows kept are the same: a binding passes the WHERE exactly when every conjunct is TRUE,
 * wherever each is tested. What changes is that a conjunct is no longer evaluated for bindings that
 * another one has already rejected: in strict mode an error that only such a binding would raise is
 * not raised (as in SQL engines, which fix no evaluation order).
 */
public final class JoinPredicatePushdown {

    private JoinPredicatePushdown() {}

    /** {@code plan} with the WHERE conjuncts of every query block pushed down. */
    public static LogicalPlan apply(LogicalPlan plan) {
        if (!hasWhereOverJoin(plan.root())) {
            return plan; // most statements: no rebuilding at all
        }
        PlanExpr root = rewrite(plan.root());
        return root == plan.root()
                ? plan
                : new LogicalPlan(
                        root,
                        plan.variables(),
                        plan.outputColumns(),
                        plan.parameterCount(),
                        plan.source());
    }

    /** True when some WHERE (a Filter, possibly over LET) sits over an INNER or comma join. */
    private static boolean hasWhereOverJoin(PlanExpr expr) {
        if (expr instanceof Query query && hasWhereOverJoin(query.rel())) {
            return true;
        }
        for (PlanExpr operand : expr.operands()) {
            if (hasWhereOverJoin(operand)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWhereOverJoin(RelNode node) {
        if (node instanceof Filter filter) {
            RelNode in = filter.in() instanceof Let let ? let.in() : filter.in();
            if (in instanceof Join join && innerOrCross(join)) {
                return true;
            }
        }
        for (RelNode input : node.inputs()) {
            if (hasWhereOverJoin(input)) {
                return true;
            }
        }
        for (PlanExpr e : node.expressions()) {
            if (hasWhereOverJoin(e)) {
                return true;
            }
        }
        return false;
    }

    /** {@code expr} with every WHERE beneath it rewritten; itself when nothing changed. */
    private static PlanExpr rewrite(PlanExpr expr) {
        if (expr instanceof Query query) {
            RelNode rel = rewrite(query.rel());
            return rel == query.rel() ? query : new Query(rel, query.ordered(), query.span());
        }
        List<PlanExpr> operands = expr.operands();
        List<PlanExpr> rewritten = rewriteAll(operands, JoinPredicatePushdown::rewrite);
        return rewritten == operands ? expr : expr.withOperands(rewritten);
    }

    /** Rewrites the nodes beneath {@code node} first, then {@code node} itself if a WHERE. */
    private static RelNode rewrite(RelNode node) {
        List<RelNode> inputs = node.inputs();
        List<RelNode> newInputs = rewriteAll(inputs, JoinPredicatePushdown::rewrite);
        List<PlanExpr> expressions = node.expressions();
        List<PlanExpr> newExpressions = rewriteAll(expressions, JoinPredicatePushdown::rewrite);
        RelNode result =
                newInputs == inputs && newExpressions == expressions
                        ? node
                        : node.withChildren(newInputs, newExpressions);
        return result instanceof Filter filter ? where(filter) : result;
    }

    /** {@code items} each rewritten: the same list when no element changed. */
    private static <T> List<T> rewriteAll(List<T> items, UnaryOperator<T> rewrite) {
        List<T> out = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T rewritten = rewrite.apply(item);
            if (rewritten != item && out == null) {
                out = new ArrayList<>(items);
            }
            if (out != null) {
                out.set(i, rewritten);
            }
        }
        return out == null ? items : out;
    }

    /** A WHERE over a join (possibly under LET): its conjuncts pushed down. */
    private static RelNode where(Filter filter) {
        RelNode in = filter.in();
        Let let = in instanceof Let l ? l : null;
        RelNode from = let != null ? let.in() : in;
        if (!(from instanceof Join join) || !innerOrCross(join)) {
            return filter;
        }
        List<PlanExpr> conjuncts = conjuncts(filter.condition());
        List<PlanExpr> stay = new ArrayList<>();
        List<PlanExpr> down = new ArrayList<>();
        Set<Integer> letVars = new HashSet<>();
        if (let != null) {
            for (Let.Binding b : let.bindings()) {
                letVars.add(b.varId());
            }
        }
        for (PlanExpr c : conjuncts) {
            Set<Integer> vars = FreeVariables.of(c);
            vars.retainAll(letVars);
            (vars.isEmpty() ? down : stay).add(c);
        }
        List<PlanExpr> above = new ArrayList<>();
        RelNode pushed = push(join, down, Set.of(), above, filter.span());
        RelNode newIn = let != null ? new Let(pushed, let.bindings(), let.span()) : pushed;
        stay.addAll(above);
        return stay.isEmpty() ? newIn : new Filter(newIn, and(stay, filter.span()), filter.span());
    }

    private static boolean innerOrCross(Join join) {
        return join.kind() == Join.Kind.CROSS || join.kind() == Join.Kind.INNER;
    }

    /**
     * {@code node} with {@code conjuncts} placed as deep as they can go; those that cannot go into
     * {@code node} at all (they read variables it does not bind) are added to {@code above}. {@code
     * visible} are the variables of enclosing lateral joins' left sides, bound whenever {@code
     * node} is evaluated.
     */
    private static RelNode push(
            RelNode node,
            List<PlanExpr> conjuncts,
            Set<Integer> visible,
            List<PlanExpr> above,
            SourceSpan span) {
        if (conjuncts.isEmpty()) {
            return node;
        }
        if (!(node instanceof Join join) || !innerOrCross(join)) {
            Set<Integer> bound = bound(node);
            List<PlanExpr> here = new ArrayList<>();
            for (PlanExpr c : conjuncts) {
                Set<Integer> vars = FreeVariables.of(c);
                boolean fits = bound != null && !vars.isEmpty() && within(vars, bound, visible);
                (fits ? here : above).add(c);
            }
            return here.isEmpty() ? node : new Filter(node, and(here, span), span);
        }
        Set<Integer> left = bound(join.left());
        Set<Integer> right = bound(join.right());
        if (left == null || right == null) {
            above.addAll(conjuncts);
            return node;
        }
        Set<Integer> both = new HashSet<>(left);
        both.addAll(right);
        List<PlanExpr> toLeft = new ArrayList<>();
        List<PlanExpr> toRight = new ArrayList<>();
        List<PlanExpr> toJoin = new ArrayList<>();
        for (PlanExpr c : conjuncts) {
            Set<Integer> vars = FreeVariables.of(c);
            if (vars.isEmpty() || !within(vars, both, visible)) {
                above.add(c);
            } else if (within(vars, left, visible)) {
                toLeft.add(c);
            } else if (within(vars, right, visible) || join.lateral()) {
                toRight.add(c);
            } else {
                toJoin.add(c);
            }
        }
        Set<Integer> rightVisible = visible;
        if (join.lateral()) {
            rightVisible = new HashSet<>(visible);
            rightVisible.addAll(left);
        }
        RelNode newLeft = push(join.left(), toLeft, visible, above, span);
        RelNode newRight = push(join.right(), toRight, rightVisible, above, span);
        PlanExpr condition = join.condition();
        if (!toJoin.isEmpty()) {
            List<PlanExpr> all = new ArrayList<>();
            if (condition != null) {
                all.add(condition);
            }
            all.addAll(toJoin);
            condition = and(all, span);
        }
        Join.Kind kind = condition == null ? Join.Kind.CROSS : Join.Kind.INNER;
        return new Join(kind, newLeft, newRight, condition, join.lateral(), join.span());
    }

    /** True when every variable of {@code vars} is in {@code bound} or {@code visible}. */
    private static boolean within(Set<Integer> vars, Set<Integer> bound, Set<Integer> visible) {
        for (Integer v : vars) {
            if (!bound.contains(v) && !visible.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** The variables a FROM item binds, or null when it is not one this rule looks into. */
    private static Set<Integer> bound(RelNode node) {
        Set<Integer> vars = new HashSet<>();
        if (node instanceof Scan scan) {
            addIfBound(vars, scan.asVar(), scan.atVar(), scan.byVar());
        } else if (node instanceof Unpivot unpivot) {
            addIfBound(vars, unpivot.asVar(), unpivot.atVar());
        } else if (node instanceof Filter filter) {
            return bound(filter.in());
        } else if (node instanceof Join join) {
            Set<Integer> left = bound(join.left());
            Set<Integer> right = bound(join.right());
            if (left == null || right == null) {
                return null;
            }
            vars.addAll(left);
            vars.addAll(right);
        } else if (!(node instanceof SingleBinding)) {
            return null;
        }
        return vars;
    }

    private static void addIfBound(Set<Integer> vars, int... ids) {
        for (int id : ids) {
            if (id >= 0) {
                vars.add(id);
            }
        }
    }

    /** The operands of the top-level ANDs of {@code condition}, in order. */
    public static List<PlanExpr> conjuncts(PlanExpr condition) {
        List<PlanExpr> out = new ArrayList<>();
        flattenAnd(condition, out);
        return out;
    }

    private static void flattenAnd(PlanExpr expr, List<PlanExpr> out) {
        if (expr instanceof Op op && op.op() == Operator.AND) {
            for (PlanExpr arg : op.args()) {
                flattenAnd(arg, out);
            }
        } else {
            out.add(expr);
        }
    }

    private static PlanExpr and(List<PlanExpr> conjuncts, SourceSpan span) {
        PlanExpr result = conjuncts.get(0);
        for (int i = 1; i < conjuncts.size(); i++) {
            result = new Op(Operator.AND, List.of(result, conjuncts.get(i)), span);
        }
        return result;
    }
}
