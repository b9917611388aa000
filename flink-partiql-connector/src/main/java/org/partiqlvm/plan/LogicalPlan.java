package org.partiqlvm.plan;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.plan.node.PlanExpr;

/**
 * The planned form of one statement: what the engine's compiler consumes.
 *
 * @param root the statement's value (a {@link org.partiqlvm.plan.node.Query} for a SELECT)
 * @param variables every local variable, indexed by its id
 * @param outputColumns when the root is a query whose projection has only named columns: the column
 *     names in order; otherwise empty
 * @param parameterCount the number of {@code ?} parameters
 * @param source the statement text (for error snippets)
 */
public record LogicalPlan(
        PlanExpr root,
        List<VarInfo> variables,
        List<String> outputColumns,
        int parameterCount,
        String source) {

    public LogicalPlan {
        Objects.requireNonNull(root, "root");
        variables = List.copyOf(variables);
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).varId() != i) {
                throw new IllegalArgumentException("variable " + i + " has id " + variables.get(i));
            }
        }
        outputColumns = List.copyOf(outputColumns);
        Objects.requireNonNull(source, "source");
    }

    /** EXPLAIN text of this plan ({@link PlanPrinter}). */
    public String explain() {
        return PlanPrinter.print(this);
    }
}
