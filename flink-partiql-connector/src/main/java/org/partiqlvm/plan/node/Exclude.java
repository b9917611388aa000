package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * EXCLUDE: rebinds variables to copies of their values with the named parts removed, before
 * projection.
 *
 * @param in the input
 * @param paths the paths removed, at least one
 * @param span where the EXCLUDE clause was written
 */
public record Exclude(RelNode in, List<ExcludePath> paths, SourceSpan span) implements RelNode {

    public Exclude {
        Objects.requireNonNull(in, "in");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("EXCLUDE needs at least one path");
        }
        Objects.requireNonNull(span, "span");
    }

    /**
     * One path: a variable and steps; {@link PathStepNode.Index} steps hold literals (an integer
     * position, or a string key), and {@link PathStepNode.AllElements} / {@link
     * PathStepNode.AllFields} are allowed.
     *
     * @param root the variable
     * @param steps the steps, at least one
     */
    public record ExcludePath(Var root, List<PathStepNode> steps) {

        public ExcludePath {
            Objects.requireNonNull(root, "root");
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("an EXCLUDE path needs at least one step");
            }
        }
    }

    @Override
    public List<RelNode> inputs() {
        return List.of(in);
    }

    @Override
    public List<PlanExpr> expressions() {
        List<PlanExpr> out = new ArrayList<>();
        for (ExcludePath p : paths) {
            out.add(p.root());
            for (PathStepNode step : p.steps()) {
                out.addAll(step.operands());
            }
        }
        return out;
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        Iterator<PlanExpr> next = expressions.iterator();
        List<ExcludePath> newPaths = new ArrayList<>(paths.size());
        for (ExcludePath p : paths) {
            Var root = (Var) next.next();
            List<PathStepNode> newSteps = new ArrayList<>(p.steps().size());
            for (PathStepNode step : p.steps()) {
                List<PlanExpr> operands = new ArrayList<>();
                for (int i = step.operands().size(); i > 0; i--) {
                    operands.add(next.next());
                }
                newSteps.add(step.withOperands(operands));
            }
            newPaths.add(new ExcludePath(root, newSteps));
        }
        return new Exclude(inputs.get(0), newPaths, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
