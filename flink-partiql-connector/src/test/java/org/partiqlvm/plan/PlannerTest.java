package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.value.Value;

/**
 * Golden tests of the planner: each statement's EXPLAIN text ({@link PlanPrinter}), planned with
 * the globals {@code stream} and {@code other} in permissive mode with dynamic resolution.
 */
class PlannerTest {

    private static final PlannerOptions OPTIONS =
            PlannerOptions.withGlobals(Set.of("stream", "other"));

    private static LogicalPlan plan(String query) {
        return Planner.plan(Parser.parse(query), query, OPTIONS);
    }

    private static void assertPlan(String query, String expected) {
        assertThat(plan(query).explain()).isEqualTo(expected);
    }

    @Test
    void projectionWithImplicitNames() {
        assertPlan(
                "SELECT r.id, r.name AS n, r.price * 2, UPPER(r.name) FROM stream AS r",
                """
                Query bag
                  Project id: r#0.id, n: r#0.name, _1: (r#0.price * 2), _2: upper(r#0.name)
                    Scan global("stream") AS r#0
                """);
    }

    @Test
    void implicitNamesFromPathsAndStringIndexes() {
        assertPlan(
                "SELECT id, t.items[0].sku, t['Name'] FROM stream AS t",
                """
                Query bag
                  Project id: t#0.id, sku: t#0.items[0].sku, Name: t#0."Name"
                    Scan global("stream") AS t#0
                """);
    }

    @Test
    void lateralUnnest() {
        assertPlan(
                "SELECT r.id, i.sku FROM stream AS r, r.items AS i WHERE i.qty > 1",
                """
                Query bag
                  Project id: r#0.id, sku: i#1.sku
                    Join CROSS LATERAL
                      Scan global("stream") AS r#0
                      Filter (i#1.qty > 1)
                        Scan r#0.items AS i#1
                """);
    }

    @Test
    void letBindings() {
        assertPlan(
                "SELECT * FROM stream AS r LET r.price * r.qty AS total WHERE total > 100",
                """
                Query bag
                  Project r#0.*
                    Filter (total#1 > 100)
                      Let total#1 = (r#0.price * r#0.qty)
                        Scan global("stream") AS r#0
                """);
    }

    @Test
    void selectStarSpreadsElementVariablesAndNamesPositionsAndKeys() {
        assertPlan(
                "SELECT * FROM stream AS r AT i, UNPIVOT r AS v AT n",
                """
                Query bag
                  Project r#0.*, i: i#1, v#2.*, n: n#3
                    Join CROSS LATERAL
                      Scan global("stream") AS r#0 AT i#1
                      Unpivot r#0 AS v#2 AT n#3
                """);
    }

    @Test
    void groupByHavingAndAggregates() {
        assertPlan(
                "SELECT r.category, COUNT(*) AS n, SUM(r.price) AS revenue FROM stream AS r GROUP BY r.category HAVING COUNT(*) > 1 ORDER BY revenue DESC",
                """
                Query list
                  Project category: category#1, n: count#2, revenue: sum#3
                    Sort sum#3 DESC NULLS FIRST
                      Filter (count#2 > 1)
                        Aggregate keys[category#1 = r#0.category] aggs[count#2 = count(*), sum#3 = sum(r#0.price)]
                          Scan global("stream") AS r#0
                """);
    }

    @Test
    void aggregatesOnlyInHavingAndOrderByAreComputed() {
        assertPlan(
                "SELECT r.rep FROM stream AS r GROUP BY r.rep HAVING SUM(r.total) > 300 ORDER BY MAX(r.total)",
                """
                Query list
                  Project rep: rep#1
                    Sort max#3 ASC NULLS LAST
                      Filter (sum#2 > 300)
                        Aggregate keys[rep#1 = r#0.rep] aggs[sum#2 = sum(r#0.total), max#3 = max(r#0.total)]
                          Scan global("stream") AS r#0
                """);
    }

    @Test
    void groupAs() {
        assertPlan(
                "SELECT category, g FROM stream AS r GROUP BY r.category GROUP AS g",
                """
                Query bag
                  Project category: category#1, g: g#2
                    Aggregate keys[category#1 = r#0.category] aggs[] GROUP AS g#2 {r: r#0}
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void orderByLimitOffset() {
        assertPlan(
                "SELECT VALUE r.id FROM stream AS r ORDER BY r.ts DESC NULLS LAST LIMIT 10 OFFSET 5",
                """
                Query list
                  Limit 10 OFFSET 5
                    ProjectValue r#0.id
                      Sort r#0.ts DESC NULLS LAST
                        Scan global("stream") AS r#0
                """);
    }

    @Test
    void unionAll() {
        assertPlan(
                "SELECT a FROM stream UNION ALL SELECT b FROM other",
                """
                Query bag
                  SetOp UNION ALL
                    Project a: stream#0.a
                      Scan global("stream") AS stream#0
                    Project b: other#1.b
                      Scan global("other") AS other#1
                """);
    }

    @Test
    void setOperationWithOrderByAndLimit() {
        assertPlan(
                "(SELECT a FROM stream) INTERSECT (SELECT a FROM other) ORDER BY a LIMIT 1",
                """
                Query list
                  Limit 1
                    ProjectValue $row#2
                      Sort $row#2.a ASC NULLS LAST
                        Scan $q1 AS $row#2
                          $q1 = Query bag
                            SetOp INTERSECT DISTINCT
                              Project a: stream#0.a
                                Scan global("stream") AS stream#0
                              Project a: other#1.a
                                Scan global("other") AS other#1
                """);
    }

    @Test
    void pivot() {
        assertPlan(
                "PIVOT r.price AT r.sku FROM stream AS r",
                """
                Query struct
                  Pivot r#0.price AT r#0.sku
                    Scan global("stream") AS r#0
                """);
    }

    @Test
    void unpivot() {
        assertPlan(
                "SELECT k, v FROM UNPIVOT {'a': 1, 'b': 2} AS v AT k",
                """
                Query bag
                  Project k: k#1, v: v#0
                    Unpivot {'a': 1, 'b': 2} AS v#0 AT k#1
                """);
    }

    @Test
    void subqueries() {
        assertPlan(
                "SELECT r.id, (SELECT VALUE COUNT(*) FROM r.items AS i) AS n FROM stream AS r WHERE r.price > (SELECT AVG(o.price) FROM other AS o)",
                """
                Query bag
                  Project id: r#0.id, n: $q1
                    $q1 = Query bag
                      ProjectValue count#4
                        Aggregate keys[] aggs[count#4 = count(*)]
                          Scan r#0.items AS i#3
                    Filter (r#0.price > $q2)
                      $q2 = Subquery SCALAR
                        Query bag
                          Project _1: avg#2
                            Aggregate keys[] aggs[avg#2 = avg(o#1.price)]
                              Scan global("other") AS o#1
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void wildcardPathAsQuery() {
        assertPlan(
                "stream[*].items[*].sku",
                """
                Query bag
                  ProjectValue $elem#1.sku
                    Join CROSS LATERAL
                      Scan global("stream") AS $elem#0
                      Scan $elem#0.items AS $elem#1
                """);
    }

    @Test
    void wildcardPathInFrom() {
        assertPlan(
                "SELECT VALUE x FROM stream.*.tags[*] AS x",
                """
                Query bag
                  ProjectValue x#2
                    Scan $q1 AS x#2
                      $q1 = Query bag
                        ProjectValue $elem#1
                          Join CROSS LATERAL
                            Unpivot global("stream") AS $field#0
                            Scan $field#0.tags AS $elem#1
                """);
    }

    @Test
    void stringSpecialForms() {
        assertPlan(
                "TRIM(BOTH 'x' FROM s) || SUBSTRING(s FROM 2 FOR 3) || POSITION('a' IN s) || OVERLAY(s PLACING 'zz' FROM 2 FOR 1)",
                """
                Value concat(concat(concat(trim_both(global(s), 'x'), substring(global(s), 2, 3)), position('a', global(s))), overlay(global(s), 'zz', 2, 1))
                """);
    }

    @Test
    void datetimeSpecialForms() {
        assertPlan(
                "EXTRACT(YEAR FROM d) + DATE_ADD(DAY, 1, d) + DATE_DIFF(MONTH, d, e)",
                """
                Value ((extract_year(global(d)) + date_add_day(1, global(d))) + date_diff_month(global(d), global(e)))
                """);
    }

    @Test
    void simpleCaseIsSearched() {
        assertPlan(
                "CASE r.status WHEN 'A' THEN 1 WHEN 'B' THEN 2 END",
                """
                Value CASE WHEN (global(r).status = 'A') THEN 1 WHEN (global(r).status = 'B') THEN 2 ELSE NULL END
                """);
    }

    @Test
    void negatedPredicates() {
        assertPlan(
                "r.a NOT IN (1, 2) AND r.b NOT LIKE 'x%' ESCAPE '!' AND r.c NOT BETWEEN 1 AND 5 AND r.d IS NOT MISSING",
                """
                Value ((((global(r).a NOT IN [1, 2]) AND (global(r).b NOT LIKE 'x%' ESCAPE '!')) AND (global(r).c NOT BETWEEN 1 AND 5)) AND (global(r).d IS NOT MISSING))
                """);
    }

    @Test
    void selectStarOverJoin() {
        assertPlan(
                "SELECT * FROM stream AS r, other AS o WHERE r.id = o.id",
                """
                Query bag
                  Project r#0.*, o#1.*
                    Join INNER ON (r#0.id = o#1.id)
                      Scan global("stream") AS r#0
                      Scan global("other") AS o#1
                """);
    }

    @Test
    void ambiguousNameIsDynamic() {
        assertPlan(
                "SELECT a FROM stream AS r, other AS o",
                """
                Query bag
                  Project a: dynamic(a; r#0, o#1)
                    Join CROSS
                      Scan global("stream") AS r#0
                      Scan global("other") AS o#1
                """);
    }

    @Test
    void distinct() {
        assertPlan(
                "SELECT DISTINCT r.a FROM stream AS r",
                """
                Query bag
                  Distinct
                    Project a: r#0.a
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void excludeWithSelectItemAll() {
        assertPlan(
                "SELECT r.* EXCLUDE r.secret, r.items[*].cost FROM stream AS r",
                """
                Query bag
                  Project r#0.*
                    Exclude r#0.secret, r#0.items[*].cost
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void excludeWithSelectStar() {
        assertPlan(
                "SELECT * EXCLUDE r.secret, r.items[*].cost FROM stream AS r",
                """
                Query bag
                  Project r#0.*
                    Exclude r#0.secret, r#0.items[*].cost
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void selectExpressionMatchingAGroupKeyUsesTheKey() {
        assertPlan(
                "SELECT t.A, MAX(T.b) FROM stream AS T GROUP BY T.a",
                """
                Query bag
                  Project A: a#1, _1: max#2
                    Aggregate keys[a#1 = T#0.a] aggs[max#2 = max(T#0.b)]
                      Scan global("stream") AS T#0
                """);
    }

    @Test
    void groupByMayNameASelectAlias() {
        assertPlan(
                "SELECT supplierId AS sid, COUNT(*) AS n FROM stream GROUP BY sid ORDER BY n DESC, sid",
                """
                Query list
                  Project sid: sid#1, n: count#2
                    Sort count#2 DESC NULLS FIRST, sid#1 ASC NULLS LAST
                      Aggregate keys[sid#1 = stream#0.supplierId] aggs[count#2 = count(*)]
                        Scan global("stream") AS stream#0
                """);
    }

    @Test
    void groupKeysWithoutAliasAreNamedImplicitlyOrByPosition() {
        assertPlan(
                "SELECT VALUE [num, _2] FROM stream GROUP BY CAST(num AS INT), num || 'a'",
                """
                Query bag
                  ProjectValue [num#1, _2#2]
                    Aggregate keys[num#1 = CAST(stream#0.num AS INT), _2#2 = concat(stream#0.num, 'a')] aggs[]
                      Scan global("stream") AS stream#0
                """);
    }

    @Test
    void aggregatesWithoutGroupByFormOneGroup() {
        assertPlan(
                "SELECT COUNT(*), SUM(DISTINCT r.x) FROM stream AS r",
                """
                Query bag
                  Project _1: count#1, _2: sum#2
                    Aggregate keys[] aggs[count#1 = count(*), sum#2 = sum(DISTINCT r#0.x)]
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void nonGroupedReferenceIsMissingInPermissivePlanning() {
        assertPlan(
                "SELECT T.a, MAX(T.b) FROM stream AS T GROUP BY T.a ORDER BY T.c",
                """
                Query list
                  Project a: a#1, _1: max#2
                    Sort MISSING.c ASC NULLS LAST
                      Aggregate keys[a#1 = T#0.a] aggs[max#2 = max(T#0.b)]
                        Scan global("stream") AS T#0
                """);
    }

    @Test
    void aggregatesBelongToTheirOwnQueryBlock() {
        assertPlan(
                "SELECT COUNT(1) + (SELECT SUM(x) FROM stream) AS n FROM stream",
                """
                Query bag
                  Project n: (count#1 + $q1)
                    $q1 = Subquery SCALAR
                      Query bag
                        Project _1: sum#3
                          Aggregate keys[] aggs[sum#3 = sum(stream#2.x)]
                            Scan global("stream") AS stream#2
                    Aggregate keys[] aggs[count#1 = count(1)]
                      Scan global("stream") AS stream#0
                """);
    }

    @Test
    void subqueryOnTheRightOfInIsACollection() {
        assertPlan(
                "SELECT VALUE r.id FROM stream AS r WHERE r.id IN (SELECT o.id FROM other AS o)",
                """
                Query bag
                  ProjectValue r#0.id
                    Filter (r#0.id IN $q1)
                      $q1 = Subquery COLLECTION
                        Query bag
                          Project id: o#1.id
                            Scan global("other") AS o#1
                      Scan global("stream") AS r#0
                """);
    }

    @Test
    void fromSourceThatIsAGlobalIsTheGlobalEvenIfAVariableHasItsName() {
        assertPlan(
                "SELECT VALUE b FROM [{'b': 5}] AS stream, stream.b AS b",
                """
                Query bag
                  ProjectValue b#1
                    Join CROSS
                      Scan [{'b': 5}] AS stream#0
                      Scan global("stream").b AS b#1
                """);
        assertPlan(
                "SELECT VALUE v FROM stream AS other, other AS v",
                """
                Query bag
                  ProjectValue v#1
                    Join CROSS
                      Scan global("stream") AS other#0
                      Scan global("other") AS v#1
                """);
        assertPlan(
                "SELECT VALUE v FROM stream AS other, @other AS v",
                """
                Query bag
                  ProjectValue v#1
                    Join CROSS LATERAL
                      Scan global("stream") AS other#0
                      Scan other#0 AS v#1
                """);
    }

    @Test
    void quotedNamesAreCaseSensitive() {
        assertPlan(
                "SELECT \"R\".a, r.\"B\" FROM stream AS R",
                """
                Query bag
                  Project a: R#0.a, B: R#0."B"
                    Scan global("stream") AS R#0
                """);
    }

    @Test
    void withBindsANamedQueryPlannedAtEachUse() {
        assertPlan(
                "WITH big AS (SELECT VALUE x FROM stream AS x WHERE x.n > 1) SELECT VALUE b FROM big AS b",
                """
                Query bag
                  ProjectValue b#1
                    Scan $q1 AS b#1
                      $q1 = Query bag
                        ProjectValue x#0
                          Filter (x#0.n > 1)
                            Scan global("stream") AS x#0
                """);
    }

    @Test
    void literalsAreConvertedAndNegativeNumbersFolded() {
        assertPlan(
                "[-1, -2.50, DATE '2024-02-29', TIME '12:00:00.5', INTERVAL '1-2' YEAR TO MONTH, `{a: 1}`]",
                """
                Value [-1, -2.50, DATE '2024-02-29', TIME '12:00:00.5', INTERVAL '1-2' YEAR TO MONTH, {'a': 1}]
                """);
    }

    @Test
    void decimalLiteralsAreRoundedTo38Digits() {
        assertPlan(
                "[1.9999999999999999999999999999999999999999999999,"
                        + " -1.00000000000000000000000000000000000000000001, 1.50]",
                """
                Value [2.0000000000000000000000000000000000000, -1.0000000000000000000000000000000000000, 1.50]
                """);
    }

    @Test
    void planRecordsVariablesParametersAndOutputColumns() {
        LogicalPlan plan = plan("SELECT r.a, ? AS p FROM stream AS r, r.items AS i WHERE i.q > ?");

        assertThat(plan.variables())
                .containsExactly(
                        new VarInfo(0, "r", VarInfo.Kind.FROM),
                        new VarInfo(1, "i", VarInfo.Kind.FROM));
        assertThat(plan.parameterCount()).isEqualTo(2);
        assertThat(plan.outputColumns()).containsExactly("a", "p");
        assertThat(plan.root()).isInstanceOf(Query.class);
        assertThat(plan("SELECT r.* FROM stream AS r").outputColumns()).isEmpty();
        assertThat(plan("SELECT VALUE r FROM stream AS r").outputColumns()).isEmpty();
    }

    @Test
    void knownGlobalsGetTheirDeclaredSpelling() {
        LogicalPlan plan =
                Planner.plan(
                        Parser.parse("STREAM"),
                        "STREAM",
                        PlannerOptions.withGlobals(Set.of("Stream")));

        assertThat(plan.root()).isEqualTo(new Global("Stream", true, plan.root().span()));
    }

    @Test
    void unknownNamesAreGlobalsResolvedAtRunTimeInPermissivePlanning() {
        LogicalPlan plan = plan("nothing_here");

        assertThat(plan.root()).isEqualTo(new Global("nothing_here", false, plan.root().span()));
        LogicalPlan missing = plan("MISSING");
        assertThat(missing.root()).isEqualTo(new Lit(Value.MISSING, missing.root().span()));
        assertThat(List.of(plan.source())).containsExactly("nothing_here");
    }

    @Test
    void bareStructKeyThatIsNoVariableIsTheFieldName() {
        assertPlan(
                "SELECT VALUE {a: 1, r: 2, \"B\": r.b, (r.k): 3} FROM stream AS r",
                """
                Query bag
                  ProjectValue {'a': 1, r#0: 2, 'B': r#0.b, r#0.k: 3}
                    Scan global("stream") AS r#0
                """);
    }

    @Test
    void outerSetOperationOverAnExpressionAndCorresponding() {
        assertPlan(
                "SELECT * FROM stream OUTER UNION << 'A' >>",
                """
                Query bag
                  SetOp OUTER UNION DISTINCT
                    Project stream#0.*
                      Scan global("stream") AS stream#0
                    Elements <<'A'>>
                """);
        assertPlan(
                "TABLE stream UNION ALL CORRESPONDING BY (name, title) TABLE other",
                """
                Query bag
                  SetOp UNION ALL CORRESPONDING BY [name, title]
                    Project stream#0.*
                      Scan global("stream") AS stream#0
                    Project other#1.*
                      Scan global("other") AS other#1
                """);
    }
}
