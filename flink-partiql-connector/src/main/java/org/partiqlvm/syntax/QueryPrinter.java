package org.partiqlvm.syntax;

import static org.partiqlvm.syntax.Precedence.ANY;
import static org.partiqlvm.syntax.Precedence.PARENTHESIZED;
import static org.partiqlvm.syntax.Precedence.UNION_OR_EXCEPT;
import static org.partiqlvm.syntax.Precedence.WITH;

import org.partiqlvm.syntax.ast.Corresponding;
import org.partiqlvm.syntax.ast.ExcludeClause;
import org.partiqlvm.syntax.ast.ExcludePath;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FromItem;
import org.partiqlvm.syntax.ast.FromJoin;
import org.partiqlvm.syntax.ast.FromScan;
import org.partiqlvm.syntax.ast.FromUnpivot;
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
import org.partiqlvm.syntax.ast.With;
import org.partiqlvm.syntax.ast.WithBinding;

/**
 * The {@link AstPrinter}'s part for queries: a SELECT (or PIVOT) block with its clauses in order,
 * set operations, and WITH.
 */
final class QueryPrinter {

    private final AstPrinter printer;
    private final StringBuilder out;

    QueryPrinter(AstPrinter printer, StringBuilder out) {
        this.printer = printer;
        this.out = out;
    }

    /**
     * {@code SELECT [DISTINCT] projection [EXCLUDE ...] [FROM ...] [LET ...] [WHERE ...] [GROUP
     * ...] [HAVING ...] [ORDER BY ...] [LIMIT ...] [OFFSET ...]}; PIVOT stands in for SELECT.
     */
    void select(Select select) {
        if (!(select.projection() instanceof PivotProjection)) {
            out.append("SELECT ");
            if (select.quantifier() == SetQuantifier.DISTINCT) {
                out.append("DISTINCT ");
            }
        }
        projection(select.projection());
        if (select.exclude() != null) {
            out.append(' ');
            exclude(select.exclude());
        }
        if (select.from() != null) {
            out.append(" FROM ");
            fromItem(select.from());
        }
        if (!select.let().isEmpty()) {
            out.append(" LET ");
            printer.commaSeparated(select.let(), this::letBinding);
        }
        if (select.where() != null) {
            out.append(" WHERE ");
            printer.expr(select.where(), ANY);
        }
        if (select.groupBy() != null) {
            out.append(' ');
            groupBy(select.groupBy());
        }
        if (select.having() != null) {
            out.append(" HAVING ");
            printer.expr(select.having(), ANY);
        }
        orderLimitOffset(select.orderBy(), select.limit(), select.offset());
    }

    private void orderLimitOffset(OrderBy orderBy, Expr limit, Expr offset) {
        if (orderBy != null) {
            out.append(' ');
            orderBy(orderBy);
        }
        if (limit != null) {
            out.append(" LIMIT ");
            printer.expr(limit, ANY);
        }
        if (offset != null) {
            out.append(" OFFSET ");
            printer.expr(offset, ANY);
        }
    }

    /** A select list, {@code VALUE v}, {@code *}, or {@code PIVOT v AT k}. */
    void projection(Projection projection) {
        if (projection instanceof SelectList list) {
            printer.commaSeparated(list.items(), this::selectItem);
        } else if (projection instanceof SelectValue value) {
            out.append("VALUE ");
            printer.expr(value.value(), ANY);
        } else if (projection instanceof SelectStar) {
            out.append('*');
        } else if (projection instanceof PivotProjection pivot) {
            out.append("PIVOT ");
            printer.expr(pivot.value(), ANY);
            out.append(" AT ");
            printer.expr(pivot.key(), ANY);
        } else {
            throw AstPrinter.cannotPrint(projection);
        }
    }

    /** An item that is a path ending in {@code .*} is parenthesized, or it would read as t.*. */
    void selectItem(SelectItem item) {
        if (item instanceof SelectItemExpr itemExpr) {
            boolean ambiguous = itemExpr.expr() instanceof Path path && endsInStar(path);
            printer.expr(itemExpr.expr(), ambiguous ? PARENTHESIZED : ANY);
            alias(" AS ", itemExpr.alias());
        } else if (item instanceof SelectItemAll all) {
            // t.a.* is all fields of t.a; only a source ending in .* itself needs parentheses.
            if (all.source() instanceof Path path && !endsInStar(path)) {
                printer.expr(path, ANY);
            } else {
                printer.pathRoot(all.source());
            }
            out.append(".*");
        } else {
            throw AstPrinter.cannotPrint(item);
        }
    }

    private static boolean endsInStar(Path path) {
        return path.steps().get(path.steps().size() - 1) instanceof UnpivotStep;
    }

    void exclude(ExcludeClause exclude) {
        out.append("EXCLUDE ");
        printer.commaSeparated(exclude.paths(), this::excludePath);
    }

    void excludePath(ExcludePath path) {
        printer.varRef(path.root());
        for (PathStep step : path.steps()) {
            printer.pathStep(step);
        }
    }

    /**
     * Joins print left-deep as the parser builds them: {@code a, b} for an inner join without ON,
     * {@code a LEFT CROSS JOIN b} for an outer one (a bare {@code LEFT JOIN} needs ON), {@code a
     * JOIN b ON c}. A join on the right is parenthesized, and spelled with {@code CROSS JOIN}
     * instead of commas so that the parser reads {@code (b CROSS JOIN c)} as a join, not a list.
     */
    void fromItem(FromItem item) {
        fromItem(item, false);
    }

    private void fromItem(FromItem item, boolean nested) {
        if (item instanceof FromScan scan) {
            printer.expr(scan.expr(), ANY);
            aliases(scan.asAlias(), scan.atAlias(), scan.byAlias());
        } else if (item instanceof FromUnpivot unpivot) {
            out.append("UNPIVOT ");
            printer.expr(unpivot.expr(), ANY);
            aliases(unpivot.asAlias(), unpivot.atAlias(), unpivot.byAlias());
        } else if (item instanceof FromJoin join) {
            join(join, nested);
        } else {
            throw AstPrinter.cannotPrint(item);
        }
    }

    private void join(FromJoin join, boolean nested) {
        fromItem(join.left(), nested);
        if (join.kind() == FromJoin.Kind.INNER && join.on() == null && !nested) {
            out.append(", ");
        } else {
            out.append(' ');
            if (join.kind() != FromJoin.Kind.INNER) {
                out.append(join.kind().name()).append(' ');
            }
            out.append(join.on() == null ? "CROSS JOIN " : "JOIN ");
        }
        if (join.right() instanceof FromJoin right) {
            out.append('(');
            fromItem(right, true);
            out.append(')');
        } else {
            fromItem(join.right(), nested);
        }
        if (join.on() != null) {
            out.append(" ON ");
            printer.expr(join.on(), ANY);
        }
    }

    private void aliases(Identifier as, Identifier at, Identifier by) {
        alias(" AS ", as);
        alias(" AT ", at);
        alias(" BY ", by);
    }

    private void alias(String keyword, Identifier alias) {
        if (alias != null) {
            out.append(keyword);
            printer.identifier(alias);
        }
    }

    void letBinding(LetBinding binding) {
        printer.expr(binding.expr(), ANY);
        alias(" AS ", binding.name());
    }

    /** {@code GROUP [PARTIAL] BY k [AS a], ... [GROUP AS g]}, or {@code GROUP ALL [AS g]}. */
    void groupBy(GroupBy groupBy) {
        if (groupBy.keys().isEmpty()) {
            out.append("GROUP ALL");
            alias(" AS ", groupBy.groupAs());
            return;
        }
        out.append(
                groupBy.strategy() == GroupBy.Strategy.PARTIAL ? "GROUP PARTIAL BY " : "GROUP BY ");
        printer.commaSeparated(groupBy.keys(), this::groupKey);
        alias(" GROUP AS ", groupBy.groupAs());
    }

    void groupKey(GroupKey key) {
        printer.expr(key.expr(), ANY);
        alias(" AS ", key.alias());
    }

    void orderBy(OrderBy orderBy) {
        out.append("ORDER BY ");
        printer.commaSeparated(orderBy.specs(), this::sortSpec);
    }

    void sortSpec(SortSpec spec) {
        printer.expr(spec.expr(), ANY);
        if (spec.direction() != null) {
            out.append(' ').append(spec.direction().name());
        }
        if (spec.nulls() != null) {
            out.append(" NULLS ").append(spec.nulls().name());
        }
    }

    /**
     * {@code left [OUTER] op [ALL] [CORRESPONDING ...] right [ORDER BY ...] [LIMIT ...] [OFFSET
     * ...]}. Set operations chain to the left, INTERSECT binding tighter than UNION and EXCEPT. An
     * operand with its own ORDER BY, LIMIT or OFFSET is parenthesized, or those would attach to
     * this operation.
     */
    void setOp(SetOpExpr setOp) {
        int level = Precedence.of(setOp);
        setOperand(setOp.left(), level);
        out.append(setOp.outer() ? " OUTER " : " ").append(setOp.kind().name());
        if (setOp.quantifier() == SetQuantifier.ALL) {
            out.append(" ALL");
        }
        if (setOp.corresponding() != null) {
            out.append(' ');
            corresponding(setOp.corresponding());
        }
        out.append(' ');
        setOperand(setOp.right(), level + 1);
        orderLimitOffset(setOp.orderBy(), setOp.limit(), setOp.offset());
    }

    private void setOperand(Expr operand, int required) {
        boolean trailingClauses =
                operand instanceof Select select
                                && (select.orderBy() != null
                                        || select.limit() != null
                                        || select.offset() != null)
                        || operand instanceof SetOpExpr setOp
                                && (setOp.orderBy() != null
                                        || setOp.limit() != null
                                        || setOp.offset() != null);
        if (trailingClauses) {
            printer.expr(operand, PARENTHESIZED);
        } else if (operand instanceof Select) {
            printer.expr(operand, UNION_OR_EXCEPT); // a bare query block
        } else {
            printer.expr(operand, required);
        }
    }

    /** {@code WITH name AS (query), ... body}; the body takes everything after it. */
    void with(With with) {
        out.append("WITH ");
        printer.commaSeparated(with.bindings(), this::withBinding);
        out.append(' ');
        printer.expr(with.body(), WITH);
    }

    void withBinding(WithBinding binding) {
        printer.identifier(binding.name());
        out.append(" AS (");
        printer.expr(binding.query(), WITH);
        out.append(')');
    }

    /** {@code CORRESPONDING} or {@code CORRESPONDING BY (a, b)}. */
    void corresponding(Corresponding corresponding) {
        out.append("CORRESPONDING");
        if (!corresponding.columns().isEmpty()) {
            out.append(" BY (");
            printer.commaSeparated(corresponding.columns(), printer::identifier);
            out.append(')');
        }
    }
}
