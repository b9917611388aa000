package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * Expressions over the outer row of a lateral join are evaluated once per outer row ({@code
 * MemoEval}): the results, the errors of ERROR (strict) mode and the non-deterministic functions
 * are those of evaluating them per row.
 */
class OuterRowMemoTest {

    private static final String ORDERS =
            "[{id: 1, email: \"  Ann@X.org \", tier: \"gold\", code: \"7\","
                    + " lines: [{sku: \"a\", qty: 1, parts: []}, {sku: \"b\", qty: 2, parts: []}, {sku: \"c\", qty: 0, parts: []}]},"
                    + " {id: 2, email: \"BOB@y.org\", code: \"x\", lines: []},"
                    + " {id: 3, email: \"cy@Z.org  \", tier: null, code: \"9\","
                    + " lines: [{sku: \"d\", qty: 4, parts: [{p: 1}, {p: 2}]}, {sku: \"e\", qty: 5, parts: []}]}]";

    private static Value run(String statement, EvalMode mode) {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                statement, new CompileOptions(mode, List.of("orders"))));
        Bindings bindings = vm.newBindings();
        bindings.set(0, IonValueReader.standard().read(ORDERS));
        return vm.evaluate(bindings);
    }

    private static void assertResult(String statement, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            Value actual = run(statement, mode);
            assertThat(
                            ValueEquivalence.equivalent(
                                    IonValueReader.standard().read(expected), actual))
                    .as("%s in %s: %s", statement, mode, actual)
                    .isTrue();
        }
    }

    private static void assertCoerceResult(String statement, String expected) {
        Value actual = run(statement, EvalMode.COERCE);
        assertThat(ValueEquivalence.equivalent(IonValueReader.standard().read(expected), actual))
                .as("%s: %s", statement, actual)
                .isTrue();
    }

    private static String explain(String statement) {
        return PlanCompiler.compile(statement, CompileOptions.withGlobals(List.of("orders")))
                .explain();
    }

    @Test
    void outerExpressionsAreMemoizedPerOuterRowAndShownInExplain() {
        String statement =
                "SELECT o.id AS id, LOWER(TRIM(o.email)) AS email,"
                        + " UPPER(COALESCE(o.tier, 'standard')) AS tier, l.sku AS sku"
                        + " FROM orders AS o, o.lines AS l WHERE l.qty > 0";
        String explain = explain(statement);
        assertThat(explain)
                .contains("memo#")
                .contains("(LOWER(TRIM(o.email)))")
                .contains("(UPPER(COALESCE(o.tier, 'standard')))")
                .contains(", left row #")
                .doesNotContain("memo#0(o.id)")
                .doesNotContain("(l.sku)");
        assertResult(
                statement,
                "$bag::[{id: 1, email: \"ann@x.org\", tier: \"GOLD\", sku: \"a\"},"
                        + " {id: 1, email: \"ann@x.org\", tier: \"GOLD\", sku: \"b\"},"
                        + " {id: 3, email: \"cy@z.org\", tier: \"STANDARD\", sku: \"d\"},"
                        + " {id: 3, email: \"cy@z.org\", tier: \"STANDARD\", sku: \"e\"}]");
    }

    @Test
    void expressionsOverTheInnerRowAreNotMemoized() {
        String statement =
                "SELECT UPPER(l.sku) AS s, o.id + l.qty AS n FROM orders AS o, o.lines AS l";
        assertThat(explain(statement)).doesNotContain("memo#");
        assertResult(
                statement,
                "$bag::[{s: \"A\", n: 2}, {s: \"B\", n: 3}, {s: \"C\", n: 1},"
                        + " {s: \"D\", n: 7}, {s: \"E\", n: 8}]");
    }

    @Test
    void anOuterSubexpressionOfAnInnerExpressionIsMemoized() {
        String statement =
                "SELECT VALUE UPPER(TRIM(o.email)) || '/' || l.sku FROM orders AS o, o.lines AS l";
        assertResult(
                statement,
                "$bag::[\"ANN@X.ORG/a\", \"ANN@X.ORG/b\", \"ANN@X.ORG/c\","
                        + " \"CY@Z.ORG/d\", \"CY@Z.ORG/e\"]");
    }

    @Test
    void nestedUnnestsMemoizeOverTheInnermostJoinPossible() {
        String statement =
                "SELECT VALUE LOWER(o.email) || CAST(p.p AS STRING) || UPPER(l.sku)"
                        + " FROM orders AS o, o.lines AS l, l.parts AS p WHERE p.p > 0";
        assertThat(explain(statement))
                .containsPattern(
                        "right \\$\\[2], left row #\\d+, memo per left row \\[UPPER\\(l.sku\\)]")
                .containsPattern(
                        "right \\$\\[1], left row #\\d+, memo per left row \\[LOWER\\(o.email\\)]");
        assertResult(statement, "$bag::[\"cy@z.org  1D\", \"cy@z.org  2D\"]");
    }

    @Test
    void correlatedSubqueriesMemoizeOverTheirOwnJoins() {
        String statement =
                "SELECT o.id AS id, (SELECT VALUE UPPER(o.email) || x.sku || UPPER(l.sku)"
                        + " FROM o.lines AS x WHERE x.qty > 1) AS s"
                        + " FROM orders AS o, o.lines AS l WHERE l.qty = 1 OR l.qty = 4";
        assertResult(
                statement,
                "$bag::[{id: 1, s: $bag::[\"  ANN@X.ORG bA\"]},"
                        + " {id: 3, s: $bag::[\"CY@Z.ORG  dD\", \"CY@Z.ORG  eD\"]}]");
    }

    @Test
    void groupingAndOrderingKeepMemoizedValuesAcrossRows() {
        assertResult(
                "SELECT LOWER(TRIM(o.email)) AS e, SUM(l.qty) AS q FROM orders AS o, o.lines AS l"
                        + " GROUP BY LOWER(TRIM(o.email))",
                "$bag::[{e: \"ann@x.org\", q: 3}, {e: \"cy@z.org\", q: 9}]");
        assertResult(
                "SELECT VALUE e FROM (SELECT UPPER(TRIM(o.email)) AS e, l.qty AS q"
                        + " FROM orders AS o, o.lines AS l ORDER BY UPPER(TRIM(o.email)) DESC, q)",
                "$bag::[\"CY@Z.ORG\", \"CY@Z.ORG\", \"ANN@X.ORG\", \"ANN@X.ORG\", \"ANN@X.ORG\"]");
        Value ordered =
                run(
                        "SELECT UPPER(TRIM(o.email)) AS e, l.qty AS q FROM orders AS o, o.lines AS l"
                                + " ORDER BY UPPER(TRIM(o.email)) DESC, l.qty",
                        EvalMode.ERROR);
        assertThat(ordered.toString())
                .contains("CY@Z.ORG")
                .containsSubsequence("'CY@Z.ORG'", "'CY@Z.ORG'", "'ANN@X.ORG'", "'ANN@X.ORG'");
    }

    @Test
    void anOuterRowWithoutInnerRowsRaisesNothingInStrictMode() {
        // order 2 has no lines: its CAST('x' AS INT) is never evaluated
        assertThat(
                        run(
                                        "SELECT VALUE CAST(o.code AS INT) + l.qty FROM orders AS o, o.lines AS l",
                                        EvalMode.ERROR)
                                .toString())
                .contains("8", "9", "13", "14");
        // the old plan's error stays: an outer row with inner rows fails as before
        assertThatThrownBy(
                        () ->
                                run(
                                        "SELECT VALUE CAST(o.email AS INT) + l.qty"
                                                + " FROM orders AS o, o.lines AS l",
                                        EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class);
        // permissive: MISSING, memoized like any value
        assertCoerceResult(
                "SELECT o.id AS id, CAST(o.email AS INT) AS c FROM orders AS o, o.lines AS l"
                        + " WHERE o.id = 1",
                "$bag::[{id: 1}, {id: 1}, {id: 1}]");
    }

    @Test
    void uuidStaysPerRow() {
        String statement = "SELECT VALUE UUID() FROM orders AS o, o.lines AS l";
        assertThat(explain(statement)).doesNotContain("memo#");
        Value rows = run(statement, EvalMode.COERCE);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            distinct.add(rows.get(i).toString());
        }
        assertThat(rows.size()).isEqualTo(5);
        assertThat(distinct).hasSize(5);
    }
}
