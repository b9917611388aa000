package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An unqualified name that is no local variable and cannot be resolved statically: it is looked up
 * at run time, SQL style, as a field of the values of the FROM variables in scope, or as a global.
 *
 * <p>Evaluation: when {@link #globalsFirst()} and a global of that name exists, its value;
 * otherwise the named field of the first candidate whose current value is a struct that has the
 * field; otherwise the global of that name; otherwise the name is undefined (an error in both
 * modes, like an undefined {@link Global}). The planner emits this node when several FROM variables
 * could hold the field, or when one could but the name is also a known global; with exactly one
 * candidate and no such global it emits {@code PathGet(Var, Field)} instead.
 *
 * @param name the name as written
 * @param caseSensitive true when the name was quoted
 * @param candidates the FROM variables whose struct values may hold the field, in FROM order
 * @param globalsFirst whether a global of that name wins over a field of a candidate (the planner
 *     emits false: a bare FROM source naming a known global is planned as a {@link Global})
 * @param span where the name was written
 */
public record DynamicLookup(
        String name,
        boolean caseSensitive,
        List<Var> candidates,
        boolean globalsFirst,
        SourceSpan span)
        implements PlanExpr {

    public DynamicLookup {
        Objects.requireNonNull(name, "name");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.<PlanExpr>copyOf(candidates);
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        List<Var> vars = new ArrayList<>(operands.size());
        for (PlanExpr operand : operands) {
            vars.add((Var) operand);
        }
        return new DynamicLookup(name, caseSensitive, vars, globalsFirst, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
