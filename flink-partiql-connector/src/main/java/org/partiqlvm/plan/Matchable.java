package org.partiqlvm.plan;

import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Node;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.WildcardStep;

/**
 * Whether an expression can be compared with the GROUP BY keys: it holds no aggregate, no query and
 * no wildcard path (planning those allocates variables, and none of them can be a key).
 */
final class Matchable {

    private Matchable() {}

    /** Whether {@code node} (or null) can be compared with the GROUP BY keys. */
    static boolean check(Node node) {
        if (node == null) {
            return true;
        }
        if (node instanceof Select
                || node instanceof SetOpExpr
                || node instanceof WildcardStep
                || node instanceof UnpivotStep) {
            return false;
        }
        if (node instanceof Expr expr && Aggregates.isAggregate(expr)) {
            return false;
        }
        for (Node child : node.children()) {
            if (!check(child)) {
                return false;
            }
        }
        return true;
    }
}
