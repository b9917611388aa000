package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.Statement;

/**
 * Plans a parsed statement: resolves names with PartiQL scoping, normalizes query blocks into
 * relational nodes and lowers special forms, reporting static errors as {@link PlanningException}.
 *
 * <pre>{@code
 * String text = "SELECT r.id, i.sku FROM stream AS r, r.items AS i WHERE i.qty > 1";
 * LogicalPlan plan = Planner.parseAndPlan(text, PlannerOptions.withGlobals(Set.of("stream")));
 * System.out.print(plan.explain());
 * }</pre>
 *
 * <p>Name resolution, innermost first: a variable of the current query block (FROM AS/AT/BY, LET,
 * and after GROUP BY only the keys and GROUP AS), then of the enclosing blocks; then, when the
 * block has FROM variables, a field of their values ({@code SELECT a FROM t} is {@code SELECT t.a
 * FROM t}; with several candidates a {@link org.partiqlvm.plan.node.DynamicLookup}); then a global.
 * Names match case-insensitively unless quoted; {@code @x} skips the field lookup.
 */
public final class Planner {

    private Planner() {}

    /**
     * Plans one statement.
     *
     * @param statement the parsed statement
     * @param source the statement text (for error snippets and {@link LogicalPlan#source()})
     * @param options what is known about the environment
     * @throws PlanningException on a static error
     */
    public static LogicalPlan plan(Statement statement, String source, PlannerOptions options) {
        PlanningContext context = new PlanningContext(options, source);
        ExprPlanner exprs = new ExprPlanner(context);
        Expr query = ((QueryStatement) statement).query();
        Scope root = Scope.block(null);
        PlanExpr planned =
                query instanceof Select || query instanceof SetOpExpr
                        ? exprs.queries().query(query, root)
                        : exprs.planValue(query, Env.of(root, "the statement"));
        LogicalPlan plan =
                new LogicalPlan(
                        planned,
                        context.variables(),
                        outputColumns(planned),
                        context.parameterCount(),
                        source);
        plan = JoinPredicatePushdown.apply(plan);
        if (options.strict()) {
            LiteralArgumentCheck.check(plan);
        }
        return plan;
    }

    /**
     * Parses and plans one statement.
     *
     * @param text the statement text
     * @param options what is known about the environment
     * @throws org.partiqlvm.syntax.ParseException on a syntax error
     * @throws PlanningException on a static error
     */
    public static LogicalPlan parseAndPlan(String text, PlannerOptions options) {
        return plan(Parser.parse(text), text, options);
    }

    /** Plans one statement whose text is not at hand (error messages carry no snippet). */
    public static LogicalPlan plan(Statement statement, PlannerOptions options) {
        return plan(statement, "", options);
    }

    /**
     * When {@code root} is a query whose projection has only named columns: the column names in
     * order; otherwise empty.
     */
    static List<String> outputColumns(PlanExpr root) {
        if (!(root instanceof Query query)) {
            return List.of();
        }
        RelNode rel = query.rel();
        while (rel instanceof Limit || rel instanceof Distinct) {
            rel = rel instanceof Limit limit ? limit.in() : ((Distinct) rel).in();
        }
        if (!(rel instanceof Project project)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (ProjectItem item : project.items()) {
            if (!(item instanceof ProjectItem.Column column)) {
                return List.of();
            }
            names.add(column.name());
        }
        return names;
    }
}
