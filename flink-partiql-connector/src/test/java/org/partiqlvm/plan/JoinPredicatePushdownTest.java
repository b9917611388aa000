package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.syntax.Parser;

/** Where the WHERE conjuncts of comma joins end up. */
class JoinPredicatePushdownTest {

    private static String explain(String query) {
        return Planner.plan(
                        Parser.parse(query),
                        query,
                        PlannerOptions.withGlobals(Set.of("t", "u", "v")))
                .explain();
    }

    @Test
    void oneSideConjunctsFilterTheirSideAndCrossSideOnesBecomeTheJoinCondition() {
        assertThat(
                        explain(
                                "SELECT a.x FROM t AS a, u AS b WHERE a.x > 1 AND a.k = b.k"
                                        + " AND b.y = 'z' AND (a.x = 2 OR b.y = 'w')"))
                .isEqualTo(
                        """
                        Query bag
                          Project x: a#0.x
                            Join INNER ON ((a#0.k = b#1.k) AND ((a#0.x = 2) OR (b#1.y = 'z')))
                              Filter (a#0.x > 1)
                                Scan global("t") AS a#0
                              Filter (b#1.y = 'z')
                                Scan global("u") AS b#1
                        """
                                .replace("(b#1.y = 'z')))", "(b#1.y = 'w')))"));
    }

    @Test
    void conjunctsGoDownToTheInnermostJoinThatBindsTheirVariables() {
        assertThat(
                        explain(
                                "SELECT a.x FROM t AS a, a.items AS i, v AS c WHERE i.sku = c.sku"
                                        + " AND i.qty > a.min AND 1 = 1"))
                .isEqualTo(
                        """
                        Query bag
                          Project x: a#0.x
                            Filter (1 = 1)
                              Join INNER ON (i#1.sku = c#2.sku)
                                Join CROSS LATERAL
                                  Scan global("t") AS a#0
                                  Filter (i#1.qty > a#0.min)
                                    Scan a#0.items AS i#1
                                Scan global("v") AS c#2
                        """);
    }

    @Test
    void letVariablesSubqueriesAndOuterJoinsStayPut() {
        String let =
                explain(
                        "SELECT a.x FROM t AS a, u AS b LET a.x + b.x AS s WHERE s > 1 AND a.k = b.k");
        assertThat(let).contains("Filter (s#2 > 1)").contains("Join INNER ON (a#0.k = b#1.k)");
        String outer =
                explain("SELECT a.x FROM t AS a LEFT JOIN u AS b ON a.k = b.k WHERE b.y = 1");
        assertThat(outer).contains("Filter (b#1.y = 1)\n      Join LEFT");
        String subquery =
                explain(
                        "SELECT a.x FROM t AS a, u AS b WHERE a.k IN (SELECT VALUE c.k FROM v AS c)");
        assertThat(subquery).contains("Join CROSS\n").contains("Filter (a#0.k IN");
    }
}
