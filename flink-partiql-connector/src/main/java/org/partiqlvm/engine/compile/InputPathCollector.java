package org.partiqlvm.engine.compile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partiqlvm.plan.LogicalPlan;
import org.partiqlvm.plan.expr.Global;
import org.partiqlvm.plan.expr.PathGet;
import org.partiqlvm.plan.expr.PathStep;
import org.partiqlvm.plan.expr.Var;
import org.partiqlvm.plan.rel.Aggregate;
import org.partiqlvm.plan.rel.Exclude;
import org.partiqlvm.plan.rel.Scan;
import org.partiqlvm.syntax.ast.RecordComponents;
import org.partiqlvm.value.json.JsonProjection;

/**
 * Finds what a statement can observe of each global input, as a {@link JsonProjection}: the fields
 * reached by paths of static field names from the variables that range over the input ({@code FROM
 * stream AS r}) and over paths into it ({@code FROM r.items AS i}), and the elements ranged over.
 * Any other use of such a value (the variable itself, an index or a dynamic key, a GROUP AS or
 * EXCLUDE that carries whole rows, the global outside a FROM) needs it whole.
 *
 * <p>The plan is walked generically over its record components, so a new kind of plan node is
 * looked into without changes here; only the forms that narrow a projection are named.
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

    private void bindScans(Object node) {
        if (node instanceof Scan scan && !bound.containsKey(scan.asVar())) {
            JsonProjection.Builder source = rangedOver(scan.source());
            if (source != null) {
                bound.put(scan.asVar(), source.element());
            }
        }
        for (Object child : children(node)) {
            bindScans(child);
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
            for (PathStep step : path.steps()) {
                if (!(step instanceof PathStep.Field field)) {
                    return null;
                }
                node = node.field(field.name());
            }
            return node;
        }
        return null;
    }

    private void uses(Object node) {
        if (node instanceof Scan scan && rangedOver(scan.source()) != null) {
            for (Object child : children(node)) {
                if (child != scan.source()) {
                    uses(child);
                }
            }
            return;
        }
        if (node instanceof Aggregate aggregate && aggregate.groupAsVar() >= 0
                || node instanceof Exclude) {
            everythingWhole(); // whole rows are carried where paths cannot follow them
        }
        if (node instanceof PathGet path
                && path.root() instanceof Var v
                && bound.containsKey(v.varId())) {
            JsonProjection.Builder at = bound.get(v.varId());
            for (PathStep step : path.steps()) {
                if (step instanceof PathStep.Field field) {
                    at = at.field(field.name());
                } else {
                    at.all();
                    uses(step);
                    at = null;
                    break;
                }
            }
            if (at != null) {
                at.all();
            }
            for (PathStep step : path.steps()) {
                uses(step);
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
        for (Object child : children(node)) {
            uses(child);
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

    /** The plan nodes directly inside {@code node}: its record components and list elements. */
    private static List<Object> children(Object node) {
        ArrayList<Object> out = new ArrayList<>();
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (isPlanNode(o) || o instanceof List<?>) {
                    out.add(o);
                }
            }
            return out;
        }
        if (node == null || !node.getClass().isRecord()) {
            return out;
        }
        for (RecordComponent c : RecordComponents.of(node.getClass())) {
            Object value;
            try {
                value = c.getAccessor().invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
            if (isPlanNode(value) || value instanceof List<?>) {
                out.add(value);
            }
        }
        return out;
    }

    private static boolean isPlanNode(Object o) {
        return o != null
                && o.getClass().isRecord()
                && o.getClass().getPackageName().startsWith("org.partiqlvm.plan");
    }
}
