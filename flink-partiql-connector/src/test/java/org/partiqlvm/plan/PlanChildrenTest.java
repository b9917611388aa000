package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.Records;
import org.partiqlvm.value.Value;

/**
 * The explicit child lists of the plan nodes ({@link PlanExpr#operands()}, {@link
 * RelNode#inputs()}, {@link RelNode#expressions()}) and their rebuilders ({@link
 * PlanExpr#withOperands}, {@link RelNode#withChildren}) checked against the record components, read
 * here by reflection, of every node of a set of planned statements. Every permitted node type must
 * occur, so a new node type or a new component that the explicit methods forget fails this test.
 */
class PlanChildrenTest {

    /** Statements that together plan every node type, every path step and projection item. */
    static final List<String> STATEMENTS =
            List.of(
                    "SELECT r.id AS i, r['k'] AS k, r.a[r.b] AS kk, r.a[0] AS z, ? AS p,"
                            + " -r.x AS neg, r.a + r.b - r.c AS chain, nothere AS g,"
                            + " r.s LIKE 'a%' ESCAPE '!' AS l, r.s LIKE 'b%' AS l2,"
                            + " r.s BETWEEN 1 AND 2 AS b, r.s IN (1, 2) AS ii,"
                            + " r.s IS NULL AS n, CAST(r.s AS INT) AS c, UPPER(r.s) AS u,"
                            + " CASE WHEN r.a = 1 THEN 'x' WHEN r.a = 2 THEN 'y' END AS cw,"
                            + " {'a': r.a, 'b': 2} AS st, [r.a, 1] AS li, <<r.a>> AS ba,"
                            + " `(a b)` AS sx, (SELECT VALUE x FROM r.items AS x) AS sub,"
                            + " r.* FROM stream AS r LET r.a AS la WHERE la > 1 AND r.b < 2",
                    "SELECT DISTINCT VALUE r.k FROM stream AS r ORDER BY r.k LIMIT 2 OFFSET 1",
                    "SELECT r.k, COUNT(*) AS c, SUM(r.v) AS s FROM stream AS r"
                            + " GROUP BY r.k GROUP AS g HAVING COUNT(*) > 1",
                    "SELECT x FROM stream AS a, other AS b WHERE a.id = b.id AND a.x > 1",
                    "SELECT a.x FROM stream AS a LEFT JOIN other AS b ON a.id = b.id",
                    "SELECT k, v FROM UNPIVOT stream AS v AT k",
                    "PIVOT r.v AT r.k FROM stream AS r",
                    "SELECT VALUE 1 FROM stream UNION ALL SELECT VALUE 2 FROM other",
                    "(SELECT VALUE 1 FROM stream) OUTER UNION [1, 2] LIMIT 1",
                    "SELECT VALUE 1",
                    "SELECT r.ID AS a, r.\"id\" AS b, r.id AS c, x AS d, X AS e, \"x\" AS f,"
                            + " CAST(r.a AS DECIMAL(5, 2)) AS g, CAST(r.a AS DECIMAL(5, 3)) AS h,"
                            + " CAST(r.a AS INTERVAL DAY) AS i, CAST(r.a AS INTERVAL HOUR) AS j,"
                            + " COUNT(r.a) AS k, COUNT(DISTINCT r.a) AS l, COUNT(*) AS m"
                            + " FROM stream AS r, other AS o GROUP BY r.a, o.b",
                    "SELECT r.a[CAST(r.k AS STRING)] AS k, SEXP(r.a, 1) AS sx,"
                            + " (SELECT x.a FROM r.items AS x) AS sq,"
                            + " r.a IN (SELECT x.a FROM r.items AS x) AS si,"
                            + " r.a"
                            + " + r.b".repeat(70)
                            + " AS chain FROM stream AS r",
                    "SELECT * EXCLUDE r.secret, r.items[*].cost, r.m.*, r.l[0], r.n['k']"
                            + " FROM stream AS r");

    private static final Set<Class<?>> SEALED =
            Set.of(PlanExpr.class, RelNode.class, PathStepNode.class, ProjectItem.class);

    private static List<Object> nodes() {
        return nodes("");
    }

    /**
     * The records of the plans of {@link #STATEMENTS}, each written after {@code prefix} (which
     * moves every span).
     */
    static List<Object> nodes(String prefix) {
        List<Object> nodes = new ArrayList<>();
        PlannerOptions options = PlannerOptions.withGlobals(Set.of("stream", "other"));
        for (String written : STATEMENTS) {
            String statement = prefix + written;
            LogicalPlan plan = Planner.plan(Parser.parse(statement), statement, options);
            collect(plan.root(), nodes);
        }
        return nodes;
    }

    /** Every record beneath {@code value}, found by reflection. */
    private static void collect(Object value, List<Object> out) {
        if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, out));
        } else if (value != null && value.getClass().isRecord() && !(value instanceof Value)) {
            out.add(value);
            for (RecordComponent c : Records.components(value.getClass())) {
                collect(Records.component(c, value), out);
            }
        }
    }

    @Test
    void everyPermittedTypeOccurs() {
        Set<String> seen = new TreeSet<>();
        nodes().forEach(node -> seen.add(node.getClass().getName()));
        Set<String> permitted = new TreeSet<>();
        for (Class<?> sealed : SEALED) {
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                permitted.add(type.getName());
            }
        }
        permitted.removeAll(seen);
        assertThat(permitted).as("node types no statement plans").isEmpty();
    }

    @Test
    void explicitChildrenAreTheRecordComponents() {
        for (Object node : nodes()) {
            if (node instanceof PlanExpr expr) {
                List<Object> operands = new ArrayList<>();
                reflectiveChildren(expr, PlanExpr.class, operands, true);
                assertThat(expr.operands()).as("%s", expr).isEqualTo(operands);
            } else if (node instanceof RelNode rel) {
                List<Object> inputs = new ArrayList<>();
                reflectiveChildren(rel, RelNode.class, inputs, true);
                List<Object> expressions = new ArrayList<>();
                reflectiveChildren(rel, PlanExpr.class, expressions, true);
                assertThat(rel.inputs()).as("%s", rel).isEqualTo(inputs);
                assertThat(rel.expressions()).as("%s", rel).isEqualTo(expressions);
            }
        }
    }

    @Test
    void rebuildersReplaceTheChildrenInPlace() {
        Map<Object, PlanExpr> replacements = new IdentityHashMap<>();
        UnaryOperator<Object> replace =
                child ->
                        child instanceof RelNode rel
                                ? new Distinct(rel, rel.span())
                                : replacement((PlanExpr) child, replacements);
        UnaryOperator<Object> replaceExprs =
                child -> child instanceof RelNode ? child : replace.apply(child);
        int rebuilt = 0;
        for (Object node : nodes()) {
            if (node instanceof PlanExpr expr) {
                List<PlanExpr> operands = new ArrayList<>();
                expr.operands().forEach(o -> operands.add((PlanExpr) replace.apply(o)));
                assertThat(expr.withOperands(expr.operands())).isEqualTo(expr);
                assertThat(expr.withOperands(operands))
                        .as("%s", expr)
                        .isEqualTo(reflectiveRebuild(expr, replaceExprs, true));
                rebuilt++;
            } else if (node instanceof RelNode rel) {
                List<RelNode> inputs = new ArrayList<>();
                rel.inputs().forEach(i -> inputs.add((RelNode) replace.apply(i)));
                List<PlanExpr> expressions = new ArrayList<>();
                rel.expressions().forEach(e -> expressions.add((PlanExpr) replace.apply(e)));
                assertThat(rel.withChildren(rel.inputs(), rel.expressions())).isEqualTo(rel);
                assertThat(rel.withChildren(inputs, expressions))
                        .as("%s", rel)
                        .isEqualTo(reflectiveRebuild(rel, replace, true));
                rebuilt++;
            }
        }
        assertThat(rebuilt).isGreaterThan(100);
    }

    /**
     * A new expression standing for {@code expr}, of a type its place accepts: another variable for
     * a variable, the other ordering for a query, a distinct literal otherwise.
     */
    private static PlanExpr replacement(PlanExpr expr, Map<Object, PlanExpr> replacements) {
        return replacements.computeIfAbsent(
                expr,
                e -> {
                    if (e instanceof Var var) {
                        return new Var(var.varId() + 1000, var.name(), var.span());
                    }
                    if (e instanceof Query query) {
                        return new Query(query.rel(), !query.ordered(), query.span());
                    }
                    return new Lit(Value.ofLong(1_000_000 + replacements.size()), expr.span());
                });
    }

    /**
     * The values of type {@code type} among the components of {@code node}, depth first through
     * lists and nested records that are not plan nodes themselves.
     */
    private static void reflectiveChildren(
            Object node, Class<?> type, List<Object> out, boolean top) {
        if (node instanceof List<?> list) {
            list.forEach(element -> reflectiveChildren(element, type, out, false));
        } else if (!top && type.isInstance(node)) {
            out.add(node);
        } else if (node != null
                && node.getClass().isRecord()
                && (top || !isPlanNode(node))
                && !(node instanceof Value)) {
            for (RecordComponent c : Records.components(node.getClass())) {
                reflectiveChildren(Records.component(c, node), type, out, false);
            }
        }
    }

    /** {@code node} rebuilt by its canonical constructor with each child node replaced. */
    private static Object reflectiveRebuild(
            Object node, UnaryOperator<Object> replace, boolean top) {
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(element -> out.add(reflectiveRebuild(element, replace, false)));
            return out;
        }
        if (!top && isPlanNode(node)) {
            return replace.apply(node);
        }
        if (node == null
                || !node.getClass().isRecord()
                || node instanceof Value
                || node instanceof SourceSpan) {
            return node;
        }
        RecordComponent[] components = Records.components(node.getClass());
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = reflectiveRebuild(Records.component(components[i], node), replace, false);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = node.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isPlanNode(Object node) {
        return node instanceof PlanExpr || node instanceof RelNode;
    }
}
