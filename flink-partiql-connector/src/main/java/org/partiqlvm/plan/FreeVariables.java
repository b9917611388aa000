package org.partiqlvm.plan;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partiqlvm.plan.expr.Var;
import org.partiqlvm.syntax.ast.RecordComponents;
import org.partiqlvm.syntax.ast.Records;
import org.partiqlvm.value.Value;

/** The variables a plan fragment refers to (used to tell whether a join is lateral). */
final class FreeVariables {

    private FreeVariables() {}

    /** The ids of all variables referenced anywhere in {@code node} (a plan node or expression). */
    static Set<Integer> of(Object node) {
        Set<Integer> ids = new HashSet<>();
        collect(node, ids);
        return ids;
    }

    private static void collect(Object node, Set<Integer> ids) {
        if (node == null || node instanceof Value) {
            return;
        }
        if (node instanceof Var var) {
            ids.add(var.varId());
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                collect(element, ids);
            }
        } else if (node.getClass().isRecord()) {
            for (RecordComponent component : RecordComponents.of(node.getClass())) {
                collect(Records.component(component, node), ids);
            }
        }
    }
}
