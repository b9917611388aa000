package org.partiqlvm.plan;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Records;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SetOp;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.WildcardStep;

/**
 * Whether an expression can be compared with the GROUP BY keys: it holds no aggregate, no query and
 * no wildcard path (planning those allocates variables, and none of them can be a key).
 */
final class Matchable {

    private Matchable() {}

    static boolean check(Object node) {
        if (node == null) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object element : list) {
                if (!check(element)) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof Select
                || node instanceof SetOp
                || node instanceof WildcardStep
                || node instanceof UnpivotStep) {
            return false;
        }
        if (node instanceof Expr expr && Aggregates.isAggregate(expr)) {
            return false;
        }
        if (!node.getClass().isRecord()) {
            return true;
        }
        for (RecordComponent component : Records.components(node.getClass())) {
            if (!check(Records.component(component, node))) {
                return false;
            }
        }
        return true;
    }
}
