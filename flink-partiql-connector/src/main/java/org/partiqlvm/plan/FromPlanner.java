package org.partiqlvm.plan;

import java.util.HashSet;
import java.util.Set;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FromItem;
import org.partiqlvm.syntax.ast.FromJoin;
import org.partiqlvm.syntax.ast.FromScan;
import org.partiqlvm.syntax.ast.FromUnpivot;
import org.partiqlvm.syntax.ast.Identifier;

/**
 * Plans a FROM clause into scans, unpivots and joins, declaring each variable in the block's scope
 * as soon as its item is planned, so that later items may refer to it.
 *
 * <p>Names: {@code FROM e AS v AT i BY k} declares what is written; without AS, the item is named
 * after its variable or last path field ({@code FROM t} binds {@code t}, {@code FROM r.items} binds
 * {@code items}), else {@code _n} for the n-th item of the clause. A bare name as a source ({@code
 * FROM t}) is a variable or a global, never a field of an earlier item. A join whose right side
 * refers to a variable of its left side is lateral ({@code FROM stream AS r, r.items AS i}).
 */
final class FromPlanner {

    private final PlanningContext context;
    private final ExprPlanner exprs;
    private int position;

    FromPlanner(PlanningContext context, ExprPlanner exprs) {
        this.context = context;
        this.exprs = exprs;
    }

    RelNode plan(FromItem from, Scope scope) {
        position = 0;
        return item(from, scope);
    }

    private RelNode item(FromItem item, Scope scope) {
        if (item instanceof FromScan scan) {
            position++;
            PlanExpr source = exprs.fromSource(scan.expr(), scope);
            int as = declare(scope, name(scan.asAlias(), scan.expr()), VarInfo.Kind.FROM);
            context.setColumns(as, Planner.outputColumns(source));
            int at =
                    scan.atAlias() == null
                            ? -1
                            : declare(scope, scan.atAlias().name(), VarInfo.Kind.AT);
            int by =
                    scan.byAlias() == null
                            ? -1
                            : declare(scope, scan.byAlias().name(), VarInfo.Kind.BY);
            return new Scan(source, as, at, by, scan.span());
        } else if (item instanceof FromUnpivot unpivot) {
            position++;
            if (unpivot.byAlias() != null) {
                throw context.error("UNPIVOT has no BY variable", unpivot.byAlias().span());
            }
            PlanExpr source = exprs.fromSource(unpivot.expr(), scope);
            int as = declare(scope, name(unpivot.asAlias(), unpivot.expr()), VarInfo.Kind.FROM);
            int at =
                    unpivot.atAlias() == null
                            ? -1
                            : declare(scope, unpivot.atAlias().name(), VarInfo.Kind.AT);
            return new Unpivot(source, as, at, unpivot.span());
        }
        FromJoin join = (FromJoin) item;
        int before = scope.entries().size();
        RelNode left = item(join.left(), scope);
        int leftEnd = scope.entries().size();
        Set<Integer> leftVars = new HashSet<>();
        for (int i = before; i < leftEnd; i++) {
            leftVars.add(scope.entries().get(i).varId());
        }
        RelNode right = item(join.right(), scope);
        int after = scope.entries().size();
        Set<Integer> used = FreeVariables.of(right);
        used.retainAll(leftVars);
        boolean lateral = !used.isEmpty();
        Join.Kind kind =
                switch (join.kind()) {
                    case INNER -> join.on() == null ? Join.Kind.CROSS : Join.Kind.INNER;
                    case LEFT -> Join.Kind.LEFT;
                    case RIGHT -> Join.Kind.RIGHT;
                    case FULL -> Join.Kind.FULL;
                };
        if (kind == Join.Kind.RIGHT || kind == Join.Kind.FULL) {
            markNullExtended(scope, before, leftEnd);
        }
        if (kind == Join.Kind.LEFT || kind == Join.Kind.FULL) {
            markNullExtended(scope, leftEnd, after);
        }
        PlanExpr condition = join.on() == null ? null : exprs.plan(join.on(), Env.of(scope, "ON"));
        if (lateral && (kind == Join.Kind.RIGHT || kind == Join.Kind.FULL)) {
            throw context.error(
                    "the right side of a "
                            + kind
                            + " JOIN cannot refer to variables of its left side",
                    join.right().span());
        }
        return new Join(kind, left, right, condition, lateral, join.span());
    }

    /** Marks the element variables among scope entries {@code from..to-1} as null-extended. */
    private void markNullExtended(Scope scope, int from, int to) {
        for (int i = from; i < to; i++) {
            Scope.Entry entry = scope.entries().get(i);
            if (entry.kind() == VarInfo.Kind.FROM) {
                context.markNullExtended(entry.varId());
            }
        }
    }

    private String name(Identifier alias, Expr expr) {
        if (alias != null) {
            return alias.name();
        }
        String implicit = ImplicitNames.of(expr);
        return implicit != null ? implicit : ImplicitNames.positional(position);
    }

    private int declare(Scope scope, String name, VarInfo.Kind kind) {
        int id = context.newVariable(name, kind);
        scope.declare(name, id, kind);
        return id;
    }
}
