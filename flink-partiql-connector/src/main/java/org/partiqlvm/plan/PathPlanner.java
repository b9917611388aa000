package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.WildcardStep;

/**
 * Plans path expressions. A path without wildcards becomes one {@link PathGet} ({@code a['k']} with
 * a string literal is the field {@code "k"}; {@code a[CAST(e AS STRING)]} a {@link
 * PathStepNode.Key}). A path with wildcards is lowered to the query the spec defines it as: each
 * {@code [*]} scans the collection before it and each {@code .*} unpivots the struct before it,
 * chained by lateral joins, and the steps after the last wildcard are projected: {@code a[*].b.*.c}
 * is {@code SELECT VALUE y.c FROM a AS x, UNPIVOT x.b AS y}, a bag.
 */
final class PathPlanner {

    private static final Set<String> STRING_TYPES =
            Set.of("STRING", "VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "SYMBOL");

    private final PlanningContext context;
    private final ExprPlanner exprs;

    PathPlanner(PlanningContext context, ExprPlanner exprs) {
        this.context = context;
        this.exprs = exprs;
    }

    PlanExpr plan(Path path, Env env) {
        PlanExpr current = exprs.planValue(path.root(), env);
        Env inner = env.inner();
        RelNode rel = null;
        List<PathStepNode> pending = new ArrayList<>();
        SourceSpan soFar = path.root().span();
        for (PathStep step : path.steps()) {
            soFar = soFar.through(step.span());
            boolean all = step instanceof WildcardStep;
            if (!all && !(step instanceof UnpivotStep)) {
                pending.add(step(step, inner));
                continue;
            }
            PlanExpr source = get(current, pending, soFar);
            pending.clear();
            int var = context.newVariable(all ? "$elem" : "$field", VarInfo.Kind.INTERNAL);
            RelNode scan =
                    all
                            ? new Scan(source, var, -1, -1, step.span())
                            : new Unpivot(source, var, -1, step.span());
            rel =
                    rel == null
                            ? scan
                            : new Join(Join.Kind.CROSS, rel, scan, null, true, step.span());
            current = context.reference(var, step.span());
        }
        PlanExpr value = get(current, pending, path.span());
        if (rel == null) {
            return value;
        }
        return new Query(new ProjectValue(rel, value, path.span()), false, path.span());
    }

    /**
     * {@code root} followed by {@code steps}, merging into a root that is already a path; a root
     * that is a null-extended variable makes a {@link PathGet#nullTupleRoot} path.
     */
    private PlanExpr get(PlanExpr root, List<PathStepNode> steps, SourceSpan span) {
        if (steps.isEmpty()) {
            return root;
        }
        if (root instanceof PathGet path) {
            List<PathStepNode> all = new ArrayList<>(path.steps());
            all.addAll(steps);
            return new PathGet(path.root(), all, path.nullTupleRoot(), span);
        }
        return new PathGet(root, steps, context.isNullExtended(root), span);
    }

    private PathStepNode step(PathStep step, Env env) {
        if (step instanceof FieldStep field) {
            return new PathStepNode.Field(field.name(), field.caseSensitive(), field.span());
        }
        Expr index = ((IndexStep) step).index();
        if (index instanceof StringLiteral s) {
            return new PathStepNode.Field(s.value(), true, step.span());
        }
        if (index instanceof CastExpr cast
                && cast.kind() == CastExpr.Kind.CAST
                && STRING_TYPES.contains(cast.type().name())) {
            return new PathStepNode.Key(exprs.plan(index, env), step.span());
        }
        return new PathStepNode.Index(exprs.plan(index, env), step.span());
    }
}
