package org.partiqlvm.syntax.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partiqlvm.syntax.Parser;

/**
 * {@link Node#children()} of every node of a set of parsed statements against the record components
 * of that node, read here by reflection. Every record type of the sealed {@link Node} hierarchy
 * must occur, so a new node type or a new component that {@code children()} forgets fails this
 * test.
 */
class NodeChildrenTest {

    /** Statements that together parse into every node type. */
    static final List<String> STATEMENTS =
            List.of(
                    "SELECT NULL, MISSING, TRUE, 1, 1.5, 's', `{a: 1}`, DATE '2020-01-01',"
                            + " TIME '12:00:00', TIME WITH TIME ZONE '12:00:00+01:00',"
                            + " TIMESTAMP '2020-01-01 12:00:00', INTERVAL '1' DAY, ?, CURRENT_USER,"
                            + " t.a.b[0][*].*.c, -t.x, t.a + t.b, t.s LIKE 'a%' ESCAPE '!',"
                            + " t.s NOT BETWEEN 1 AND 2, t.s IN (1, 2), t.s IS NOT NULL,"
                            + " CASE t.a WHEN 1 THEN 'x' ELSE 'y' END, CAST(t.a AS DECIMAL(5, 2)),"
                            + " CAST(t.a AS INTERVAL DAY TO SECOND),"
                            + " TRIM(BOTH 'x' FROM t.s), SUBSTRING(t.s FROM 1 FOR 2),"
                            + " POSITION('a' IN t.s), OVERLAY(t.s PLACING 'x' FROM 1 FOR 2),"
                            + " EXTRACT(YEAR FROM t.d), DATE_ADD(DAY, 1, t.d),"
                            + " DATE_DIFF(DAY, t.d, t.e), {'a': 1}, [1], <<1>>, SEXP(1),"
                            + " COUNT(*), SUM(DISTINCT t.a) AS s, t.* EXCLUDE t.secret"
                            + " FROM stream AS t AT i BY b LEFT JOIN UNPIVOT other AS v AT k ON TRUE"
                            + " LET t.a AS la WHERE la > 1 GROUP BY t.a AS ka GROUP AS g"
                            + " HAVING COUNT(*) > 1 ORDER BY ka DESC NULLS LAST LIMIT 1 OFFSET 2",
                    "SELECT * FROM stream",
                    "SELECT VALUE x FROM stream AS x",
                    "PIVOT t.v AT t.k FROM stream AS t",
                    "TABLE stream UNION ALL CORRESPONDING BY (name, title) TABLE other",
                    "WITH big AS (SELECT VALUE x FROM stream AS x) SELECT VALUE b FROM big AS b",
                    "1" + " + 1".repeat(70));

    private static List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (String statement : STATEMENTS) {
            collect(Parser.parse(statement), nodes);
        }
        return nodes;
    }

    /** Every node beneath {@code value}, found by reflection. */
    private static void collect(Object value, List<Node> out) {
        if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, out));
        } else if (value instanceof Node node) {
            out.add(node);
            for (RecordComponent c : Records.components(node.getClass())) {
                collect(Records.component(c, node), out);
            }
        }
    }

    @Test
    void everyNodeTypeOccurs() {
        Set<String> missing = new TreeSet<>();
        Deque<Class<?>> types = new ArrayDeque<>(List.of(Node.class));
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (type.isSealed()) {
                types.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                missing.add(type.getSimpleName());
            }
        }
        nodes().forEach(node -> missing.remove(node.getClass().getSimpleName()));
        assertThat(missing).as("node types no statement parses into").isEmpty();
    }

    @Test
    void childrenAreTheNodeComponents() {
        for (Node node : nodes()) {
            List<Object> expected = new ArrayList<>();
            for (RecordComponent c : Records.components(node.getClass())) {
                Object value = Records.component(c, node);
                if (value instanceof Node) {
                    expected.add(value);
                } else if (value instanceof List<?> list) {
                    list.stream().filter(Node.class::isInstance).forEach(expected::add);
                }
            }
            assertThat(node.children()).as("%s", node).isEqualTo(expected);
        }
    }
}
