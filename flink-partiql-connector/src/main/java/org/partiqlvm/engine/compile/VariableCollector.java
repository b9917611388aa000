package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.plan.rel.Aggregate;
import org.partiqlvm.plan.rel.Join;
import org.partiqlvm.plan.rel.Let;
import org.partiqlvm.plan.rel.RelNode;
import org.partiqlvm.plan.rel.Scan;
import org.partiqlvm.plan.rel.Unpivot;

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

    private static void collect(RelNode node, List<Integer> ids) {
        switch (node) {
            case Scan scan -> {
                addIfBound(ids, scan.asVar());
                addIfBound(ids, scan.atVar());
                addIfBound(ids, scan.byVar());
            }
            case Unpivot unpivot -> {
                addIfBound(ids, unpivot.asVar());
                addIfBound(ids, unpivot.atVar());
            }
            case Join join -> {
                collect(join.left(), ids);
                collect(join.right(), ids);
            }
            case Let let -> {
                collect(let.in(), ids);
                for (Let.Binding binding : let.bindings()) {
                    ids.add(binding.varId());
                }
            }
            case Aggregate aggregate -> {
                for (Aggregate.Key key : aggregate.keys()) {
                    addIfBound(ids, key.varId());
                }
                for (Aggregate.AggCall call : aggregate.aggregates()) {
                    ids.add(call.varId());
                }
                addIfBound(ids, aggregate.groupAsVar());
            }
            default -> {
                for (RelNode input : inputs(node)) {
                    collect(input, ids);
                }
            }
        }
    }

    private static List<RelNode> inputs(RelNode node) {
        return switch (node) {
            case org.partiqlvm.plan.rel.Filter n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Sort n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Limit n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Distinct n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Exclude n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Project n -> List.of(n.in());
            case org.partiqlvm.plan.rel.ProjectValue n -> List.of(n.in());
            case org.partiqlvm.plan.rel.Pivot n -> List.of(n.in());
            default -> List.of();
        };
    }

    private static void addIfBound(List<Integer> ids, int varId) {
        if (varId >= 0) {
            ids.add(varId);
        }
    }
}
