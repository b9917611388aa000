package org.partiqlvm.plan;

import org.partiqlvm.syntax.ast.Statement;

/**
 * Plans a parsed statement: resolves names with PartiQL scoping, normalizes the query blocks into
 * relational nodes and lowers special forms, reporting static errors as {@link PlanningException}.
 *
 * <pre>{@code
 * LogicalPlan plan = Planner.plan(Parser.parse(text), PlannerOptions.withGlobals(Set.of("stream")));
 * System.out.print(plan.explain());
 * }</pre>
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
        throw new UnsupportedOperationException("not written yet");
    }
}
