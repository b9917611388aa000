package org.partiqlvm.engine.compile;

import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.expr.PlanExpr;

/**
 * Compiles the scalar forms backed by the function library: function calls (resolved against the
 * built-in table), LIKE, IS [NOT] type and the CAST family.
 */
final class ScalarFormCompiler {

    private final CompilationContext context;

    ScalarFormCompiler(CompilationContext context) {
        this.context = context;
    }

    Eval compile(PlanExpr expr, ExprCompiler exprs) {
        throw new PlanningException(
                expr.getClass().getSimpleName() + " expressions are not supported yet",
                expr.span(),
                context.source());
    }
}
