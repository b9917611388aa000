package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.Unpivot;

/**
 * Finds the slots of the variables a relational subtree binds: what an outer join resets to NULL,
 * and what a sort or group must save and restore per row.
 */
final class VariableCollector {

    private VariableCollector() {}

    /** The slots of every variable bound by {@code node} and the nodes beneath it. */
    static int[] boundSlots(RelNode node, SlotAllocator slots) {
        List<Integer> ids = new ArrayList<>();
        collect(node, ids);
        int[] result = new int[ids.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = slots.variable(ids.get(i));
        }
        return result;
    }

    /** The ids of every variable bound by {@code node} and the nodes beneath it. */
    static Set<Integer> boundVariables(RelNode node) {
        List<Integer> ids = new ArrayList<>();
        collect(node, ids);
        return new HashSet<>(ids);
    }

    private static void collect(RelNode node, List<Integer> ids) {
        if (node instanceof Scan scan) {
            addIfBound(ids, scan.asVar());
            addIfBound(ids, scan.atVar());
            addIfBound(ids, scan.byVar());
        }
        if (node instanceof Unpivot unpivot) {
            addIfBound(ids, unpivot.asVar());
            addIfBound(ids, unpivot.atVar());
        }
        if (node instanceof Join join) {
            collect(join.left(), ids);
            collect(join.right(), ids);
        }
        if (node instanceof Let let) {
            collect(let.in(), ids);
            for (Let.Binding binding : let.bindings()) {
                ids.add(binding.varId());
            }
        }
        if (node instanceof Aggregate aggregate) {
            for (Aggregate.Key key : aggregate.keys()) {
                addIfBound(ids, key.varId());
            }
            for (Aggregate.AggCall call : aggregate.aggregates()) {
                ids.add(call.varId());
            }
            addIfBound(ids, aggregate.groupAsVar());
        }
        for (RelNode input : inputs(node)) {
            collect(input, ids);
        }
    }

    /** The input of a single-input node that binds nothing itself; empty otherwise. */
    private static List<RelNode> inputs(RelNode node) {
        if (node instanceof Filter n) {
            return List.of(n.in());
        }
        if (node instanceof Sort n) {
            return List.of(n.in());
        }
        if (node instanceof Limit n) {
            return List.of(n.in());
        }
        if (node instanceof Distinct n) {
            return List.of(n.in());
        }
        if (node instanceof Exclude n) {
            return List.of(n.in());
        }
        if (node instanceof Project n) {
            return List.of(n.in());
        }
        if (node instanceof ProjectValue n) {
            return List.of(n.in());
        }
        if (node instanceof Pivot n) {
            return List.of(n.in());
        }
        return List.of();
    }

    private static void addIfBound(List<Integer> ids, int varId) {
        if (varId >= 0) {
            ids.add(varId);
        }
    }
}
