package org.partiqlvm.engine.compile;

import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.rel.RelNode;

/**
 * Compiles the relational nodes that materialize or reshape rows: DISTINCT, ORDER BY, GROUP BY,
 * PIVOT, UNPIVOT, set operations, EXCLUDE and FULL joins.
 */
final class RelFormCompiler {

    private final CompilationContext context;

    RelFormCompiler(CompilationContext context) {
        this.context = context;
    }

    RelSpec compile(RelNode node, RelCompiler.Output output, RelCompiler rels) {
        throw new PlanningException(
                node.getClass().getSimpleName() + " is not supported yet",
                node.span(),
                context.source());
    }
}
