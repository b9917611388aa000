package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * GROUP BY with its aggregates: groups the input binding tuples by the keys and produces one
 * binding tuple per group that binds only the key variables, the aggregate outputs and the GROUP AS
 * variable (the input variables are out of scope above it).
 *
 * <p>Without keys (aggregates without GROUP BY, or {@code GROUP ALL}) there is exactly one group,
 * even for an empty input. Keys compare with PartiQL equivalence.
 *
 * @param in the input
 * @param keys the grouping keys
 * @param aggregates the aggregate calls, each computed over the group
 * @param groupAsVar the GROUP AS variable, or -1: bound to the bag of the group's input tuples,
 *     each a struct of {@link #groupAsFields()}
 * @param groupAsFields the input variables that make up a GROUP AS struct: field name and variable
 * @param partial true for {@code GROUP PARTIAL BY}
 * @param span where the GROUP BY clause (or the first aggregate) was written
 */
public record Aggregate(
        RelNode in,
        List<Key> keys,
        List<AggCall> aggregates,
        int groupAsVar,
        List<GroupAsField> groupAsFields,
        boolean partial,
        SourceSpan span)
        implements RelNode {

    public Aggregate {
        Objects.requireNonNull(in, "in");
        keys = List.copyOf(keys);
        aggregates = List.copyOf(aggregates);
        groupAsFields = List.copyOf(groupAsFields);
        Objects.requireNonNull(span, "span");
    }

    /**
     * One grouping key.
     *
     * @param varId the variable bound to the key value of the group
     * @param expr the key expression over the input
     */
    public record Key(int varId, PlanExpr expr) {

        public Key {
            Objects.requireNonNull(expr, "expr");
        }
    }

    /**
     * One aggregate call.
     *
     * @param varId the variable bound to the aggregate's result for the group
     * @param function the lower-case aggregate name ({@code count}, {@code sum}, {@code avg},
     *     {@code min}, {@code max}, {@code every}, {@code any}, {@code some})
     * @param distinct whether the call aggregates distinct values only
     * @param arg the argument, or null for {@code COUNT(*)}
     * @param span where the call was written
     */
    public record AggCall(
            int varId, String function, boolean distinct, PlanExpr arg, SourceSpan span) {

        public AggCall {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * One field of a GROUP AS struct.
     *
     * @param name the field name (the variable's name)
     * @param varId the input variable
     */
    public record GroupAsField(String name, int varId) {

        public GroupAsField {
            Objects.requireNonNull(name, "name");
        }
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        List<PlanExpr> out = new ArrayList<>();
        for (Key k : keys) {
            out.add(k.expr());
        }
        for (AggCall a : aggregates) {
            if (a.arg() != null) {
                out.add(a.arg());
            }
        }
        return out;
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        Iterator<PlanExpr> next = expressions.iterator();
        List<Key> newKeys = new ArrayList<>(keys.size());
        for (Key k : keys) {
            newKeys.add(new Key(k.varId(), next.next()));
        }
        List<AggCall> newCalls = new ArrayList<>(aggregates.size());
        for (AggCall a : aggregates) {
            PlanExpr arg = a.arg() == null ? null : next.next();
            newCalls.add(new AggCall(a.varId(), a.function(), a.distinct(), arg, a.span()));
        }
        return new Aggregate(
                inputs.get(0), newKeys, newCalls, groupAsVar, groupAsFields, partial, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
