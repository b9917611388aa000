package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.syntax.ast.ExcludeClause;
import org.partiqlvm.syntax.ast.ExcludePath;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;
import org.partiqlvm.value.Value;

/**
 * Plans the paths of an EXCLUDE clause: each starts at a variable of the query block and has
 * literal steps ({@code t.a[0].*}, {@code t['k'][*]}).
 */
final class ExcludePaths {

    private ExcludePaths() {}

    static List<Exclude.ExcludePath> plan(
            ExcludeClause exclude, Scope scope, PlanningContext context) {
        List<Exclude.ExcludePath> paths = new ArrayList<>();
        for (ExcludePath path : exclude.paths()) {
            VarRef root = path.root();
            Scope.Entry entry = scope.find(root.name(), root.caseSensitive(), root.span(), context);
            if (entry == null) {
                throw context.error(
                        "EXCLUDE path must start with a variable of this query, not '"
                                + root.name()
                                + "'",
                        root.span());
            }
            List<PathStepNode> steps = new ArrayList<>();
            for (PathStep step : path.steps()) {
                steps.add(step(step, context));
            }
            paths.add(
                    new Exclude.ExcludePath(context.reference(entry.varId(), root.span()), steps));
        }
        return paths;
    }

    private static PathStepNode step(PathStep step, PlanningContext context) {
        if (step instanceof FieldStep field) {
            return new PathStepNode.Field(field.name(), field.caseSensitive(), field.span());
        } else if (step instanceof WildcardStep) {
            return new PathStepNode.AllElements(step.span());
        } else if (step instanceof UnpivotStep) {
            return new PathStepNode.AllFields(step.span());
        }
        IndexStep index = (IndexStep) step;
        if (index.index() instanceof StringLiteral s) {
            return new PathStepNode.Field(s.value(), true, step.span());
        }
        if (index.index() instanceof IntLiteral i) {
            return new PathStepNode.Index(
                    new Lit(Value.ofBigInteger(i.value()), i.span()), step.span());
        }
        throw context.error("an EXCLUDE index must be an integer or string literal", step.span());
    }
}
