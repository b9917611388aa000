package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.ion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;

/** The materializing operators end to end, through the public API. */
class MaterializingQueriesTest {

    private static final Value T =
            ion(
                    "[{id: 1, a: \"x\", b: 10, items: [3, 1, 2]}, {id: 2, a: \"y\", b: 5, items: []},"
                            + " {id: 3, a: \"x\", b: 20, items: [5]}, {id: 4, b: 7, items: [1]}]");

    private static final Value U = ion("[{a: \"x\", c: 1}, {a: \"z\", c: 2}]");

    private static String run(String query) {
        return run(query, EvalMode.COERCE);
    }

    private static String run(String query, EvalMode mode) {
        CompiledPlan plan =
                PlanCompiler.compile(
                        query, CompileOptions.withGlobals(List.of("t", "u")).withMode(mode));
        PartiQLVM vm = new PartiQLVM(plan);
        String first = evaluate(vm);
        assertThat(evaluate(vm)).as("the same VM run again").isEqualTo(first);
        return first;
    }

    private static String evaluate(PartiQLVM vm) {
        return vm.evaluate(vm.newBindings().set("t", T).set("u", U)).toString();
    }

    @Test
    void orderBySortsBindingTuplesAndMakesAList() {
        assertThat(run("SELECT x.id FROM t AS x ORDER BY x.a DESC, x.b"))
                .isEqualTo("[{'id': 4}, {'id': 2}, {'id': 1}, {'id': 3}]");
        assertThat(run("SELECT x.id AS i FROM t AS x ORDER BY i DESC LIMIT 2 OFFSET 1"))
                .isEqualTo("[{'i': 3}, {'i': 2}]");
    }

    @Test
    void groupByWithAggregatesAndGroupAs() {
        assertThat(
                        run(
                                "SELECT a, COUNT(*) AS n, SUM(x.b) AS s, MAX(x.id) AS m"
                                        + " FROM t AS x GROUP BY x.a ORDER BY a"))
                .isEqualTo(
                        "[{'a': 'x', 'n': 2, 's': 30, 'm': 3}, {'a': 'y', 'n': 1, 's': 5, 'm': 2},"
                                + " {'a': NULL, 'n': 1, 's': 7, 'm': 4}]");
        assertThat(run("SELECT a, g FROM u AS y GROUP BY y.a GROUP AS g ORDER BY a"))
                .isEqualTo(
                        "[{'a': 'x', 'g': <<{'y': {'a': 'x', 'c': 1}}>>},"
                                + " {'a': 'z', 'g': <<{'y': {'a': 'z', 'c': 2}}>>}]");
        assertThat(run("SELECT a, COUNT(*) AS n FROM t AS x GROUP BY x.a HAVING COUNT(*) > 1"))
                .isEqualTo("<<{'a': 'x', 'n': 2}>>");
    }

    @Test
    void aggregatesWithoutGroupByMakeOneGroupEvenOverNoRows() {
        assertThat(
                        run(
                                "SELECT COUNT(*) AS n, SUM(x.b) AS s, AVG(x.b) AS v FROM t AS x WHERE x.b > 100"))
                .isEqualTo("<<{'n': 0, 's': NULL, 'v': NULL}>>");
    }

    @Test
    void correlatedSubqueriesReopenTheOperatorsPerOuterRow() {
        assertThat(
                        run(
                                "SELECT x.id, (SELECT VALUE i FROM x.items AS i ORDER BY i DESC) AS s,"
                                        + " (SELECT COUNT(*) AS n FROM x.items AS i) AS n FROM t AS x"
                                        + " WHERE x.id < 3"))
                .isEqualTo("<<{'id': 1, 's': [3, 2, 1], 'n': 3}, {'id': 2, 's': [], 'n': 0}>>");
    }

    @Test
    void selectDistinct() {
        assertThat(run("SELECT DISTINCT x.a FROM t AS x"))
                .isEqualTo("<<{'a': 'x'}, {'a': 'y'}, {}>>");
        assertThat(run("SELECT DISTINCT VALUE i FROM t AS x, x.items AS i ORDER BY i"))
                .isEqualTo("[1, 2, 3, 5]");
    }

    @Test
    void pivotAndUnpivot() {
        assertThat(run("PIVOT x.b AT x.a FROM t AS x")).isEqualTo("{'x': 10, 'y': 5, 'x': 20}");
        assertThat(run("SELECT k, v FROM UNPIVOT {'p': 1, 'q': 2} AS v AT k ORDER BY k DESC"))
                .isEqualTo("[{'k': 'q', 'v': 2}, {'k': 'p', 'v': 1}]");
        assertThat(
                        run(
                                "SELECT x.id, (PIVOT y.c AT y.a FROM u AS y WHERE y.a = x.a) AS p FROM t AS x WHERE x.id = 1"))
                .isEqualTo("<<{'id': 1, 'p': {'x': 1}}>>");
    }

    @Test
    void setOperations() {
        assertThat(run("SELECT x.a FROM t AS x INTERSECT SELECT y.a FROM u AS y"))
                .isEqualTo("<<{'a': 'x'}>>");
        CompiledPlan union =
                PlanCompiler.compile(
                        "SELECT x.id, x.a FROM t AS x UNION ALL SELECT y.c, y.a FROM u AS y",
                        CompileOptions.withGlobals(List.of("t", "u")));
        assertThat(union.schema().columnNames()).containsExactly("id", "a");
        assertThat(run("SELECT x.a FROM t AS x EXCEPT ALL SELECT y.a FROM u AS y"))
                .isEqualTo("<<{'a': 'y'}, {'a': 'x'}, {}>>"); // the first 'x' is taken away
        assertThat(run("<<1, 2, 2>> OUTER UNION ALL [2, 3]")).isEqualTo("<<1, 2, 2, 2, 3>>");
        assertThat(
                        run(
                                "(SELECT VALUE x.id FROM t AS x) OUTER UNION (SELECT VALUE y.c FROM u AS y)"))
                .isEqualTo("<<1, 2, 3, 4>>");
        assertThatThrownBy(() -> run("SELECT * FROM t UNION SELECT y.a FROM u AS y"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("not union-compatible");
    }

    @Test
    void excludeRemovesPartsBeforeTheProjection() {
        assertThat(run("SELECT x.* EXCLUDE x.items, x.b FROM t AS x WHERE x.id = 1"))
                .isEqualTo("<<{'id': 1, 'a': 'x'}>>");
        assertThat(run("SELECT VALUE x EXCLUDE x.items[*] FROM t AS x ORDER BY x.id LIMIT 1"))
                .isEqualTo("[{'id': 1, 'a': 'x', 'b': 10, 'items': []}]");
    }

    @Test
    void equiJoinsGiveTheNestedLoopsRowsInCoerceModeWhereTheyUseAHashTable() {
        // COERCE mode compiles these joins to HashJoinOp, ERROR mode to NestedLoopJoinOp.
        String rows =
                " FROM [{'id': 1, 'k': 1}, {'id': 2, 'k': 2.0}, {'id': 3, 'k': NULL},"
                        + " {'id': 4, 'k': DATE '2020-01-01'}, {'id': 5, 'k': 'x'}] AS x";
        String others =
                " [{'c': 1, 'k': 1.00}, {'c': 2, 'k': 2}, {'c': 3, 'k': NULL}, {'c': 4, 'k': 1e0},"
                        + " {'c': 5, 'k': TIMESTAMP '2020-01-01 00:00:00'}, {'c': 6, 'k': 'x'}] AS y";
        String inner = "SELECT x.id, y.c" + rows + " JOIN" + others + " ON x.k = y.k AND y.c < 6";
        assertThat(run(inner))
                .isEqualTo(run(inner, EvalMode.ERROR))
                .isEqualTo(
                        "<<{'id': 1, 'c': 1}, {'id': 1, 'c': 4}, {'id': 2, 'c': 2}, {'id': 4, 'c': 5}>>");
        // the null-supplying side stands for SQL's null-extended row: y.c reads as NULL
        String left = "SELECT x.id, y.c" + rows + " LEFT JOIN" + others + " ON y.k = x.k";
        assertThat(run(left))
                .isEqualTo(run(left, EvalMode.ERROR))
                .isEqualTo(
                        "<<{'id': 1, 'c': 1}, {'id': 1, 'c': 4}, {'id': 2, 'c': 2}, {'id': 3, 'c': NULL},"
                                + " {'id': 4, 'c': 5}, {'id': 5, 'c': 6}>>");
    }

    @Test
    void fullOuterJoinKeepsUnmatchedRowsOfBothSides() {
        assertThat(
                        run(
                                "SELECT x.id, y.c FROM t AS x FULL OUTER JOIN u AS y ON x.a = y.a"
                                        + " ORDER BY x.id, y.c"))
                .isEqualTo(
                        // an unmatched variable stands for a null-extended row: its fields are NULL
                        "[{'id': 1, 'c': 1}, {'id': 2, 'c': NULL}, {'id': 3, 'c': 1},"
                                + " {'id': 4, 'c': NULL}, {'id': NULL, 'c': 2}]");
    }
}
