package org.partiqlvm.engine.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partiqlvm.plan.LogicalPlan;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.value.json.JsonProjection;

/**
 * Finds what a statement can observe of each global input, as a {@link JsonProjection}: the fields
 * reached by paths of static field names from the variables that range over the input ({@code FROM
 * stream AS r}) and over paths into it ({@code FROM r.items AS i}), and the elements ranged over.
 * Any other use of such a value (the variable itself, an index or a dynamic key, a GROUP AS or
 * EXCLUDE that carries whole rows, the global outside a FROM) needs it whole.
 *
 * <p>The plan is walked through {@link RelNode#inputs()}, {@link RelNode#expressions()} and {@link
 * PlanExpr#operands()}, which every node must implement, so a new kind of plan node is looked into
 * without changes here; only the forms that narrow a projection are named.
 */
public final class InputPathCollector {

    private final List<String> globals;
    private final JsonProjection.Builder[] roots;
    private final Map<Integer, JsonProjection.Builder> bound = new HashMap<>();

    private InputPathCollector(List<String> globals) {
        this.globals = globals;
        this.roots = new JsonProjection.Builder[globals.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = new JsonProjection.Builder();
        }
    }

    /** The projection of each global of {@code plan}, in the order of {@code globals}. */
    public static JsonProjection[] projections(LogicalPlan plan, List<String> globals) {
        InputPathCollector collector = new InputPathCollector(globals);
        // Bind scan variables first (outer scans before the scans of paths from them).
        int size;
        do {
            size = collector.bound.size();
            collector.bindScans(plan.root());
        } while (collector.bound.size() != size);
        collector.uses(plan.root());
        JsonProjection[] result = new JsonProjection[globals.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = collector.roots[i].build();
        }
        return result;
    }

    private void bindScans(RelNode node) {
        if (node instanceof Scan scan && !bound.containsKey(scan.asVar())) {
            JsonProjection.Builder source = rangedOver(scan.source());
            if (source != null) {
                bound.put(scan.asVar(), source.element());
            }
        }
        for (RelNode input : node.inputs()) {
            bindScans(input);
        }
        for (PlanExpr e : node.expressions()) {
            bindScans(e);
        }
    }

    private void bindScans(PlanExpr expr) {
        if (expr instanceof Query query) {
            bindScans(query.rel());
        }
        for (PlanExpr operand : expr.operands()) {
            bindScans(operand);
        }
    }

    /** The node of a scan source that narrows (a global, a bound variable, a field path). */
    private JsonProjection.Builder rangedOver(Object source) {
        if (source instanceof Global g) {
            int index = globalIndex(g);
            return index < 0 ? null : roots[index];
        }
        if (source instanceof Var v) {
            return bound.get(v.varId());
        }
        if (source instanceof PathGet path && path.root() instanceof Var v) {
            JsonProjection.Builder node = bound.get(v.varId());
            if (node == null) {
                return null;
            }
            for (PathStepNode step : path.steps()) {
                if (!(step instanceof PathStepNode.Field field)) {
                    return null;
                }
                node = node.field(field.name());
            }
            return node;
        }
        return null;
    }

    private void uses(RelNode node) {
        if (node instanceof Scan scan && rangedOver(scan.source()) != null) {
            return; // a scan of a narrowing source reads it through its variable
        }
        if (node instanceof Aggregate aggregate && aggregate.groupAsVar() >= 0
                || node instanceof Exclude) {
            everythingWhole(); // whole rows are carried where paths cannot follow them
        }
        for (RelNode input : node.inputs()) {
            uses(input);
        }
        for (PlanExpr e : node.expressions()) {
            uses(e);
        }
    }

    private void uses(PlanExpr node) {
        if (node instanceof PathGet path
                && path.root() instanceof Var v
                && bound.containsKey(v.varId())) {
            JsonProjection.Builder at = bound.get(v.varId());
            for (PathStepNode step : path.steps()) {
                if (step instanceof PathStepNode.Field field) {
                    at = at.field(field.name());
                } else {
                    at.all();
                    at = null;
                    break;
                }
            }
            if (at != null) {
                at.all();
            }
            for (PathStepNode step : path.steps()) {
                for (PlanExpr e : step.operands()) {
                    uses(e);
                }
            }
            return;
        }
        if (node instanceof Var v && bound.containsKey(v.varId())) {
            bound.get(v.varId()).all();
            return;
        }
        if (node instanceof Global g && globalIndex(g) >= 0) {
            roots[globalIndex(g)].all();
            return;
        }
        if (node instanceof Query query) {
            uses(query.rel());
        }
        for (PlanExpr operand : node.operands()) {
            uses(operand);
        }
    }

    private void everythingWhole() {
        for (JsonProjection.Builder root : roots) {
            root.all();
        }
    }

    private int globalIndex(Global g) {
        for (int i = 0; i < globals.size(); i++) {
            if (g.caseSensitive()
                    ? globals.get(i).equals(g.name())
                    : globals.get(i).equalsIgnoreCase(g.name())) {
                return i;
            }
        }
        return -1;
    }
}
