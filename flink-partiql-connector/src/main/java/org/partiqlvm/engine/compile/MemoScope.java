package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partiqlvm.engine.expr.MemoEval;
import org.partiqlvm.engine.fn.BuiltinFunctions;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.plan.node.BagNew;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.ListNew;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.SexpNew;
import org.partiqlvm.plan.node.StructNew;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Var;

/**
 * Which expressions of an operator evaluated per row of a nested-loop join depend only on the
 * join's outer row, and so may be evaluated once per outer row ({@link
 * org.partiqlvm.engine.expr.MemoEval}).
 *
 * <p>Made for the input of a Filter, Project, LET, sort or grouping: the joins reached from it
 * through Filters, LETs and the outer sides of nested-loop joins (the rows of those joins flow to
 * the operator one by one, in order, with the outer row's variables unchanged between two advances
 * of its {@link org.partiqlvm.engine.expr.RowGeneration}). An expression qualifies for a join when
 * none of its variables is bound in the input outside that join's outer side (variables of
 * enclosing queries are constant meanwhile), and it is deterministic: no subquery, no user-defined
 * function, no non-deterministic built-in ({@code UUID()}), no struct or collection constructor.
 * The innermost such join is used (the fewest evaluations). Plain reads (literals, variables,
 * paths, parameters, globals) are never wrapped: they cost no more than the memo's check.
 */
final class MemoScope {

    private static final int NEVER = Integer.MAX_VALUE;

    /** The candidate joins, innermost (smallest outer side) first. */
    private final JoinSide[] joins;

    /** Parallel: the variables bound in the input that vary within one outer row of the join. */
    private final List<Set<Integer>> varying;

    private final Map<PlanExpr, Integer> levels = new IdentityHashMap<>();

    private MemoScope(JoinSide[] joins, List<Set<Integer>> varying) {
        this.joins = joins;
        this.varying = varying;
    }

    /**
     * A nested-loop join as compiled: its generation state, the side it takes outer rows of and the
     * memos made over it (for EXPLAIN; filled as the operators above it are compiled).
     */
    record JoinSide(int generationState, RelNode outer, List<MemoEval> memos) {}

    /**
     * The scope of expressions evaluated per row of {@code input}, or null when no nested-loop join
     * feeds it.
     */
    static MemoScope over(RelNode input, Map<Join, JoinSide> joins) {
        List<JoinSide> found = new ArrayList<>();
        RelNode node = input;
        while (true) {
            if (node instanceof Filter filter) {
                node = filter.in();
            } else if (node instanceof Let let) {
                node = let.in();
            } else if (node instanceof Join join && joins.containsKey(join)) {
                JoinSide side = joins.get(join);
                found.add(side);
                node = side.outer();
            } else {
                break;
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        Set<Integer> bound = VariableCollector.boundVariables(input);
        int n = found.size();
        JoinSide[] sides = new JoinSide[n];
        List<Set<Integer>> varying = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { // found is outermost first
            JoinSide side = found.get(n - 1 - i);
            sides[i] = side;
            Set<Integer> v = new HashSet<>(bound);
            v.removeAll(VariableCollector.boundVariables(side.outer()));
            varying.add(v);
        }
        return new MemoScope(sides, varying);
    }

    /**
     * The join whose outer rows {@code expr} may be memoized over, or null when it must be
     * evaluated per row.
     */
    JoinSide joinFor(PlanExpr expr) {
        if (isPlainRead(expr)) {
            return null;
        }
        int level = level(expr);
        return level < joins.length ? joins[level] : null;
    }

    private static boolean isPlainRead(PlanExpr expr) {
        return expr instanceof Lit
                || expr instanceof Var
                || expr instanceof Global
                || expr instanceof Param
                || expr instanceof PathGet
                || expr instanceof DynamicLookup;
    }

    /** The innermost candidate join {@code expr} is constant over, or {@link #NEVER}. */
    private int level(PlanExpr expr) {
        Integer known = levels.get(expr);
        if (known != null) {
            return known;
        }
        int level;
        if (expr instanceof Var var) {
            level = varLevel(var.varId());
        } else if (!deterministic(expr)) {
            level = NEVER;
        } else {
            level = 0;
            for (PlanExpr operand : expr.operands()) {
                level = Math.max(level, level(operand));
                if (level == NEVER) {
                    break;
                }
            }
        }
        levels.put(expr, level);
        return level;
    }

    private int varLevel(int varId) {
        for (int i = 0; i < joins.length; i++) {
            if (!varying.get(i).contains(varId)) {
                return i;
            }
        }
        return NEVER;
    }

    /** Whether the node itself (not its operands) gives the same value for the same inputs. */
    private static boolean deterministic(PlanExpr expr) {
        if (expr instanceof Query
                || expr instanceof Subquery
                || expr instanceof StructNew
                || expr instanceof ListNew
                || expr instanceof BagNew
                || expr instanceof SexpNew) {
            return false;
        }
        if (expr instanceof Call call) {
            // user-defined functions are never memoized: they may keep state
            FunctionDefinition builtin = BuiltinFunctions.lookup(call.name(), call.args().size());
            return builtin != null && builtin.traits().deterministic();
        }
        return true;
    }
}
