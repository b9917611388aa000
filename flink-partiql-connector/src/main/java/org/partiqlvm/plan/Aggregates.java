package org.partiqlvm.plan;

import java.util.Locale;
import java.util.Set;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.CallStar;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Node;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SetOpExpr;

/** Recognizes the SQL aggregate calls ({@code COUNT}, {@code SUM}, ...) of a syntax tree. */
final class Aggregates {

    /** The aggregate functions, lower case. */
    static final Set<String> NAMES =
            Set.of("count", "sum", "avg", "min", "max", "every", "any", "some");

    private Aggregates() {}

    /** Whether {@code expr} is a call of an aggregate function. */
    static boolean isAggregate(Expr expr) {
        if (expr instanceof CallExpr call) {
            return NAMES.contains(call.name().toLowerCase(Locale.ROOT));
        }
        return expr instanceof CallStar;
    }

    /**
     * Whether an aggregate call occurs in {@code node} (or null) outside nested queries: aggregates
     * in a subquery belong to the subquery.
     */
    static boolean occursIn(Node node) {
        if (node == null) {
            return false;
        }
        if (node instanceof Expr expr && isAggregate(expr)) {
            return true;
        }
        if (node instanceof Select || node instanceof SetOpExpr) {
            return false;
        }
        for (Node child : node.children()) {
            if (occursIn(child)) {
                return true;
            }
        }
        return false;
    }
}
