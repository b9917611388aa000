package org.partiqlvm.flink.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.plan.Planner;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItem;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.Statement;

/**
 * Projection pushdown for the format: the statement with only the SELECT-list items whose columns a
 * query reads, recompiled, so that the JSON scanner reads only the paths those items (and the FROM,
 * WHERE, ... clauses) observe, and the dropped items are never evaluated.
 *
 * <p>Only a plain {@code SELECT} list without {@code DISTINCT} or {@code ORDER BY} is narrowed (for
 * those, dropping a column could change the rows); any other statement is kept whole.
 */
final class ProjectedStatement {

    private ProjectedStatement() {}

    /** {@code statement} keeping only the columns named in {@code keep}, or itself. */
    static SqlStatement narrow(SqlStatement statement, Set<String> keep) {
        CompiledPlan plan = statement.plan();
        List<String> columns = plan.schema().columnNames();
        if (plan.schema().valueRows() || keep.containsAll(columns)) {
            return statement;
        }
        Statement ast = Parser.parse(plan.source());
        if (!(ast instanceof QueryStatement query)
                || !(query.query() instanceof Select select)
                || !(select.projection() instanceof SelectList list)
                || select.quantifier() != SetQuantifier.ALL
                || select.orderBy() != null
                || list.items().size() != columns.size()) {
            return statement;
        }
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!(list.items().get(i) instanceof SelectItemExpr)) {
                return statement;
            }
            if (keep.contains(columns.get(i))) {
                items.add(list.items().get(i));
            }
        }
        if (items.isEmpty()) {
            items.add(list.items().get(0)); // a row per binding is still needed (COUNT(*))
        }
        Select narrower =
                new Select(
                        select.quantifier(),
                        new SelectList(items, list.span()),
                        select.exclude(),
                        select.from(),
                        select.let(),
                        select.where(),
                        select.groupBy(),
                        select.having(),
                        select.orderBy(),
                        select.limit(),
                        select.offset(),
                        select.span());
        CompileOptions options = new CompileOptions(plan.mode(), plan.globalNames());
        try {
            return statement.withPlan(
                    PlanCompiler.compile(
                            Planner.plan(
                                    new QueryStatement(narrower, query.span()),
                                    plan.source(),
                                    options.plannerOptions()),
                            options));
        } catch (PartiQLException e) {
            return statement; // e.g. a GROUP BY item that needs a dropped column
        }
    }
}
