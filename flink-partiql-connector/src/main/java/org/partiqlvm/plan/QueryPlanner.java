package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.Elements;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SetOp;
import org.partiqlvm.plan.node.SingleBinding;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.GroupBy;
import org.partiqlvm.syntax.ast.GroupKey;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.LetBinding;
import org.partiqlvm.syntax.ast.OrderBy;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.PivotProjection;
import org.partiqlvm.syntax.ast.Projection;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItem;
import org.partiqlvm.syntax.ast.SelectItemAll;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.SelectStar;
import org.partiqlvm.syntax.ast.SelectValue;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.SortSpec;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;
import org.partiqlvm.value.ValueKind;

/**
 * Plans query blocks (SELECT, PIVOT) and set operations into {@link Query} nodes, in the fixed
 * shape described by {@link RelNode}.
 *
 * <p>GROUP BY: the keys are named by their alias, else implicitly ({@link ImplicitNames}), else
 * {@code _n}; a bare key name that is no variable but a SELECT alias groups by the aliased
 * expression ({@code SELECT supplierId AS sid ... GROUP BY sid}). A block with aggregates but no
 * GROUP BY is one group; HAVING needs GROUP BY. ORDER BY resolves a bare name against the SELECT
 * list's column names first, then as an expression; on a set operation it sorts the result
 * elements, whose fields are reachable by bare names.
 */
final class QueryPlanner {

    private final PlanningContext context;
    private final ExprPlanner exprs;

    QueryPlanner(PlanningContext context, ExprPlanner exprs) {
        this.context = context;
        this.exprs = exprs;
    }

    /** A SELECT or set operation nested in {@code parent} (null at the statement level). */
    Query query(Expr expr, Scope parent) {
        if (expr instanceof Select select) {
            return select(select, parent);
        }
        return setOp((SetOpExpr) expr, parent);
    }

    // ---------------------------------------------------------------- SELECT

    private Query select(Select s, Scope parent) {
        Scope scope = Scope.block(parent);
        RelNode rel =
                s.from() == null
                        ? new SingleBinding(s.span())
                        : new FromPlanner(context, exprs).plan(s.from(), scope);
        rel = let(rel, s.let(), scope);
        if (s.where() != null) {
            rel = new Filter(rel, exprs.plan(s.where(), Env.of(scope, "WHERE")), s.where().span());
        }
        if (s.having() != null && s.groupBy() == null) {
            throw context.error("HAVING requires GROUP BY", s.having().span());
        }
        boolean grouped =
                s.groupBy() != null
                        || Aggregates.occursIn(s.projection())
                        || Aggregates.occursIn(s.orderBy());
        Grouping grouping = grouped ? group(s, scope) : null;
        // SELECT, HAVING and ORDER BY are planned before the Aggregate is built, so that it
        // computes the aggregates of all three (HAVING SUM(x) > 1 with no SUM in SELECT).
        PlannedSelect projection = project(s, scope, grouping);
        PlanExpr having =
                s.having() == null ? null : exprs.plan(s.having(), env(scope, grouping, "HAVING"));
        List<Sort.SortKey> sortKeys =
                s.orderBy() == null ? null : sortKeys(s.orderBy(), scope, grouping, projection);
        if (grouping != null) {
            boolean partial =
                    s.groupBy() != null && s.groupBy().strategy() == GroupBy.Strategy.PARTIAL;
            SourceSpan span = s.groupBy() != null ? s.groupBy().span() : s.span();
            rel = grouping.build(rel, partial, span);
        }
        if (having != null) {
            rel = new Filter(rel, having, s.having().span());
        }
        if (sortKeys != null) {
            rel = new Sort(rel, sortKeys, s.orderBy().span());
        }
        if (s.exclude() != null) {
            Scope visible = grouping != null ? grouping.postGroup() : scope;
            rel =
                    new Exclude(
                            rel,
                            ExcludePaths.plan(s.exclude(), visible, context),
                            s.exclude().span());
        }
        Scope limitScope = Scope.block(parent);
        PlanExpr limit =
                s.limit() == null
                        ? null
                        : count(exprs.plan(s.limit(), Env.of(limitScope, "LIMIT")), "LIMIT");
        PlanExpr offset =
                s.offset() == null
                        ? null
                        : count(exprs.plan(s.offset(), Env.of(limitScope, "OFFSET")), "OFFSET");
        SourceSpan limitSpan =
                s.limit() != null
                        ? s.limit().span()
                        : s.offset() != null ? s.offset().span() : null;
        if (projection.pivot != null) {
            if (limitSpan != null) {
                rel = new Limit(rel, limit, offset, limitSpan);
            }
            PivotProjection pivot = projection.pivot;
            rel = new Pivot(rel, projection.value, projection.key, pivot.span());
            return new Query(rel, false, s.span());
        }
        SourceSpan projectionSpan = s.projection().span();
        rel =
                projection.value != null
                        ? new ProjectValue(rel, projection.value, projectionSpan)
                        : new Project(rel, projection.items, projectionSpan);
        if (s.quantifier() == SetQuantifier.DISTINCT) {
            rel = new Distinct(rel, s.span());
        }
        if (limitSpan != null) {
            rel = new Limit(rel, limit, offset, limitSpan);
        }
        return new Query(rel, s.orderBy() != null, s.span());
    }

    /**
     * A LIMIT or OFFSET count; a negative integer literal is a static error in both modes (the
     * suite's {@code OFFSET -1}), while a value computed at run time is checked there ({@code
     * OFFSET 1-2} is ignored in permissive mode).
     */
    private PlanExpr count(PlanExpr count, String clause) {
        if (count instanceof Lit lit
                && lit.value().kind() == ValueKind.INT
                && lit.value().asBigInteger().signum() < 0) {
            throw context.error(
                    clause + " must be a non-negative integer, found " + lit.value(), lit.span());
        }
        return count;
    }

    private RelNode let(RelNode in, List<LetBinding> lets, Scope scope) {
        if (lets.isEmpty()) {
            return in;
        }
        List<Let.Binding> bindings = new ArrayList<>();
        for (LetBinding let : lets) {
            PlanExpr value = exprs.plan(let.expr(), Env.of(scope, "LET"));
            int id = context.newVariable(let.name().name(), VarInfo.Kind.LET);
            scope.declare(let.name().name(), id, VarInfo.Kind.LET);
            bindings.add(new Let.Binding(id, value));
        }
        SourceSpan span = lets.get(0).span().through(lets.get(lets.size() - 1).span());
        return new Let(in, bindings, span);
    }

    private static Env env(Scope scope, Grouping grouping, String clause) {
        return grouping != null ? Env.grouped(grouping, clause) : Env.of(scope, clause);
    }

    // ---------------------------------------------------------------- GROUP BY

    private Grouping group(Select s, Scope scope) {
        Grouping grouping = new Grouping(context, scope);
        GroupBy groupBy = s.groupBy();
        if (groupBy == null) {
            return grouping;
        }
        int position = 0;
        for (GroupKey key : groupBy.keys()) {
            position++;
            Expr keyExpr = key.expr();
            String name = null;
            if (keyExpr instanceof VarRef ref && !ref.local() && !isLocal(ref, scope)) {
                Expr aliased = selectAlias(s, ref);
                if (aliased != null && !Aggregates.occursIn(aliased)) {
                    keyExpr = aliased;
                    name = ref.name();
                }
            }
            PlanExpr planned = exprs.plan(keyExpr, Env.of(scope, "GROUP BY"));
            if (key.alias() != null) {
                name = key.alias().name();
            } else if (name == null) {
                name = ImplicitNames.ofGroupKey(keyExpr);
                if (name == null) {
                    name = ImplicitNames.positional(position);
                }
            }
            grouping.addKey(name, planned);
        }
        if (groupBy.groupAs() != null) {
            List<Aggregate.GroupAsField> fields = new ArrayList<>();
            for (Scope.Entry entry : scope.entries()) {
                fields.add(new Aggregate.GroupAsField(entry.name(), entry.varId()));
            }
            grouping.setGroupAs(groupBy.groupAs().name(), fields);
        }
        return grouping;
    }

    private boolean isLocal(VarRef ref, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.find(ref.name(), ref.caseSensitive(), ref.span(), context) != null) {
                return true;
            }
        }
        return false;
    }

    /** The expression of the SELECT item explicitly aliased {@code ref}'s name, or null. */
    private static Expr selectAlias(Select s, VarRef ref) {
        if (!(s.projection() instanceof SelectList list)) {
            return null;
        }
        for (SelectItem item : list.items()) {
            if (item instanceof SelectItemExpr e && e.alias() != null && matches(e.alias(), ref)) {
                return e.expr();
            }
        }
        return null;
    }

    private static boolean matches(Identifier alias, VarRef ref) {
        return ref.caseSensitive()
                ? alias.name().equals(ref.name())
                : alias.name().equalsIgnoreCase(ref.name());
    }

    // ---------------------------------------------------------------- SELECT clause

    /** The planned SELECT clause: items, or a value, or a pivot's value and key. */
    private static final class PlannedSelect {
        List<ProjectItem> items;
        PlanExpr value;
        PlanExpr key;
        PivotProjection pivot;
    }

    private PlannedSelect project(Select s, Scope scope, Grouping grouping) {
        Env env = env(scope, grouping, "SELECT");
        PlannedSelect p = new PlannedSelect();
        Projection projection = s.projection();
        if (projection instanceof SelectValue value) {
            p.value = exprs.plan(value.value(), env);
        } else if (projection instanceof PivotProjection pivot) {
            p.pivot = pivot;
            p.value = exprs.plan(pivot.value(), env);
            p.key = exprs.plan(pivot.key(), env);
        } else if (projection instanceof SelectStar star) {
            p.items = star(scope, grouping, star.span());
        } else {
            p.items = new ArrayList<>();
            int unnamed = 0;
            for (SelectItem item : ((SelectList) projection).items()) {
                if (item instanceof SelectItemAll all) {
                    checkSpreadSource(all.source());
                    PlanExpr source = exprs.plan(all.source(), env);
                    p.items.add(
                            new ProjectItem.Spread(
                                    source,
                                    source instanceof Var var
                                            ? context.variable(var.varId()).columns()
                                            : List.of()));
                    continue;
                }
                SelectItemExpr e = (SelectItemExpr) item;
                checkNoWildcard(e.expr());
                String name = e.alias() != null ? e.alias().name() : ImplicitNames.of(e.expr());
                if (name == null) {
                    name = ImplicitNames.positional(++unnamed);
                }
                p.items.add(new ProjectItem.Column(name, exprs.plan(e.expr(), env)));
            }
        }
        return p;
    }

    /**
     * {@code SELECT *}: every FROM element variable spread ({@code x.*}) and every AT or BY
     * variable as a column of its own name, so {@code SELECT * FROM t AS x AT i} is {@code SELECT
     * x.*, i} (positions and keys are not tuples to spread); after GROUP BY, the keys and GROUP AS.
     */
    private List<ProjectItem> star(Scope scope, Grouping grouping, SourceSpan span) {
        List<ProjectItem> items = new ArrayList<>();
        if (grouping != null) {
            for (Scope.Entry entry : grouping.postGroup().entries()) {
                items.add(
                        new ProjectItem.Column(
                                entry.name(), context.reference(entry.varId(), span)));
            }
            return items;
        }
        for (Scope.Entry entry : scope.entries()) {
            Var ref = context.reference(entry.varId(), span);
            switch (entry.kind()) {
                case LET -> {}
                case AT, BY -> items.add(new ProjectItem.Column(entry.name(), ref));
                default ->
                        items.add(
                                new ProjectItem.Spread(
                                        ref, context.variable(entry.varId()).columns()));
            }
        }
        return items;
    }

    /** A SELECT item may not be a wildcard path ({@code SELECT foo[*] FROM foo} is an error). */
    private void checkNoWildcard(Expr expr) {
        if (expr instanceof Path path) {
            for (PathStep step : path.steps()) {
                if (step instanceof WildcardStep || step instanceof UnpivotStep) {
                    throw context.error(
                            "a path with [*] or .* cannot be a SELECT item; use SELECT VALUE, or"
                                    + " unnest it in FROM",
                            step.span());
                }
            }
        }
    }

    /** Only a variable or a path of field names may precede {@code .*} in a SELECT list. */
    private void checkSpreadSource(Expr source) {
        if (source instanceof Path path) {
            for (PathStep step : path.steps()) {
                if (!(step instanceof FieldStep)) {
                    throw context.error(
                            "only a variable or a path of field names may precede .* in a SELECT"
                                    + " list",
                            step.span());
                }
            }
            checkSpreadSource(path.root());
        } else if (!(source instanceof VarRef)) {
            throw context.error(
                    "only a variable or a path of field names may precede .* in a SELECT list",
                    source.span());
        }
    }

    // ---------------------------------------------------------------- ORDER BY

    private List<Sort.SortKey> sortKeys(
            OrderBy orderBy, Scope scope, Grouping grouping, PlannedSelect projection) {
        List<Sort.SortKey> keys = new ArrayList<>();
        for (SortSpec spec : orderBy.specs()) {
            PlanExpr expr = columnNamed(spec.expr(), projection);
            if (expr == null) {
                expr = exprs.plan(spec.expr(), env(scope, grouping, "ORDER BY"));
            }
            keys.add(sortKey(expr, spec));
        }
        return keys;
    }

    private static Sort.SortKey sortKey(PlanExpr expr, SortSpec spec) {
        boolean ascending = spec.direction() != SortSpec.Direction.DESC;
        boolean nullsFirst =
                spec.nulls() == null ? !ascending : spec.nulls() == SortSpec.Nulls.FIRST;
        return new Sort.SortKey(expr, ascending, nullsFirst);
    }

    /** The expression of the SELECT column a bare ORDER BY name refers to, or null. */
    private static PlanExpr columnNamed(Expr expr, PlannedSelect projection) {
        if (!(expr instanceof VarRef ref) || ref.local() || projection.items == null) {
            return null;
        }
        for (ProjectItem item : projection.items) {
            if (item instanceof ProjectItem.Column column
                    && (ref.caseSensitive()
                            ? column.name().equals(ref.name())
                            : column.name().equalsIgnoreCase(ref.name()))) {
                return column.expr();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- set operations

    private Query setOp(SetOpExpr op, Scope parent) {
        RelNode left = operand(op.left(), parent);
        RelNode right = operand(op.right(), parent);
        List<String> corresponding = null;
        if (op.corresponding() != null) {
            corresponding = new ArrayList<>();
            for (Identifier column : op.corresponding().columns()) {
                corresponding.add(column.name());
            }
        }
        RelNode rel =
                new SetOp(
                        SetOp.Kind.valueOf(op.kind().name()),
                        op.quantifier() == SetQuantifier.ALL,
                        op.outer(),
                        corresponding,
                        left,
                        right,
                        op.span());
        if (op.orderBy() != null) {
            Scope scope = Scope.block(parent);
            int row = context.newVariable("$row", VarInfo.Kind.INTERNAL);
            scope.declareHidden(row);
            rel = new Scan(new Query(rel, false, op.span()), row, -1, -1, op.span());
            List<Sort.SortKey> keys = new ArrayList<>();
            for (SortSpec spec : op.orderBy().specs()) {
                keys.add(sortKey(exprs.plan(spec.expr(), Env.of(scope, "ORDER BY")), spec));
            }
            rel = new Sort(rel, keys, op.orderBy().span());
            Var value = context.reference(row, op.span());
            rel = new ProjectValue(rel, value, op.span());
        }
        if (op.limit() != null || op.offset() != null) {
            Env env = Env.of(Scope.block(parent), "LIMIT");
            PlanExpr limit =
                    op.limit() == null ? null : count(exprs.plan(op.limit(), env), "LIMIT");
            PlanExpr offset =
                    op.offset() == null ? null : count(exprs.plan(op.offset(), env), "OFFSET");
            SourceSpan span = op.limit() != null ? op.limit().span() : op.offset().span();
            rel = new Limit(rel, limit, offset, span);
        }
        return new Query(rel, op.orderBy() != null, op.span());
    }

    private RelNode operand(Expr operand, Scope parent) {
        if (operand instanceof Select || operand instanceof SetOpExpr) {
            return query(operand, parent).rel();
        }
        PlanExpr value = exprs.planValue(operand, Env.of(Scope.block(parent), "a set operation"));
        return new Elements(value, operand.span());
    }
}
