package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Var;

/**
 * The GROUP BY state of one query block while its SELECT, HAVING and ORDER BY are planned: the
 * keys, the aggregate calls collected so far (identical calls share one variable) and the GROUP AS
 * variable.
 */
final class Grouping {

    private final PlanningContext context;
    private final Scope preGroup;
    private final Scope postGroup;
    private final List<Aggregate.Key> keys = new ArrayList<>();
    private final List<Aggregate.AggCall> calls = new ArrayList<>();
    private int groupAsVar = -1;
    private List<Aggregate.GroupAsField> groupAsFields = List.of();

    Grouping(PlanningContext context, Scope preGroup) {
        this.context = context;
        this.preGroup = preGroup;
        this.postGroup = Scope.grouped(preGroup);
    }

    Scope preGroup() {
        return preGroup;
    }

    Scope postGroup() {
        return postGroup;
    }

    void addKey(String name, PlanExpr expr) {
        int varId = context.newVariable(name, VarInfo.Kind.GROUP_KEY);
        keys.add(new Aggregate.Key(varId, expr));
        postGroup.declare(name, varId, VarInfo.Kind.GROUP_KEY);
    }

    void setGroupAs(String name, List<Aggregate.GroupAsField> fields) {
        groupAsVar = context.newVariable(name, VarInfo.Kind.GROUP_AS);
        groupAsFields = List.copyOf(fields);
        postGroup.declare(name, groupAsVar, VarInfo.Kind.GROUP_AS);
    }

    /** The key variable whose expression is equivalent to {@code expr}, or null. */
    Var matchKey(PlanExpr expr, SourceSpan span) {
        for (Aggregate.Key key : keys) {
            if (PlanEquivalence.equivalent(key.expr(), expr)) {
                return context.reference(key.varId(), span);
            }
        }
        return null;
    }

    boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** The variable holding {@code function(arg)}: an earlier identical call's, or a new one. */
    Var addCall(String function, boolean distinct, PlanExpr arg, SourceSpan span) {
        for (Aggregate.AggCall call : calls) {
            if (call.function().equals(function)
                    && call.distinct() == distinct
                    && PlanEquivalence.equivalent(call.arg(), arg)) {
                return context.reference(call.varId(), span);
            }
        }
        int varId = context.newVariable(function, VarInfo.Kind.AGGREGATE);
        calls.add(new Aggregate.AggCall(varId, function, distinct, arg, span));
        return context.reference(varId, span);
    }

    /** The Aggregate node over {@code in}. */
    Aggregate build(RelNode in, boolean partial, SourceSpan span) {
        return new Aggregate(in, keys, calls, groupAsVar, groupAsFields, partial, span);
    }
}
