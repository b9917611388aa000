package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.syntax.Parser;

/**
 * Static errors of the planner: each case is a statement, the {@code line:column} the error must
 * point at, a substring of the message, and whether the planner runs in strict mode.
 */
class PlanningErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " | ",
            quoteCharacter = '"',
            textBlock =
                    """
                    nope + 1                                                  | 1:1  | undefined variable 'nope'                 | true
                    SELECT VALUE 1 FROM stream AS r WHERE r.a = @nope         | 1:45 | undefined variable 'nope'                 | true
                    SELECT r.a FROM stream AS r GROUP BY r.b                  | 1:8  | must be a GROUP BY key                    | true
                    SELECT COUNT(*) FROM stream WHERE SUM(x) > 1              | 1:35 | SUM is not allowed in WHERE               | false
                    SELECT VALUE x FROM stream AS x GROUP BY COUNT(x)         | 1:42 | COUNT is not allowed in GROUP BY          | false
                    SELECT VALUE x FROM stream AS x LET MAX(x) AS m           | 1:37 | MAX is not allowed in LET                 | false
                    SELECT SUM(COUNT(x)) FROM stream                          | 1:12 | aggregate functions cannot be nested      | false
                    SELECT COUNT(x, y) FROM stream                            | 1:8  | COUNT takes exactly one argument          | false
                    SELECT SUM(*) FROM stream                                 | 1:8  | only allowed as the argument of COUNT(*)  | false
                    SELECT rep, SUM(total) FROM stream HAVING rep = 'x'       | 1:43 | HAVING requires GROUP BY                  | false
                    SELECT foo[*] FROM stream AS foo                          | 1:11 | cannot be a SELECT item                   | false
                    SELECT foo.*.bar FROM stream AS foo                       | 1:11 | cannot be a SELECT item                   | false
                    SELECT foo['a'].* FROM stream AS foo                      | 1:11 | may precede .* in a SELECT list           | false
                    SELECT (1).* FROM stream AS foo                           | 1:9  | may precede .* in a SELECT list           | false
                    SELECT a.f FROM stream AS a, other AS A                   | 1:8  | ambiguous variable 'a'                    | false
                    SELECT * FROM stream AS r RIGHT JOIN r.items AS i ON true | 1:38 | RIGHT JOIN cannot refer to variables      | false
                    SELECT * EXCLUDE z.a FROM stream AS r                     | 1:18 | EXCLUDE path must start with a variable   | false
                    SELECT * FROM stream OFFSET -1                            | 1:29 | OFFSET must be a non-negative integer     | false
                    SELECT * FROM stream LIMIT -5 OFFSET 1                    | 1:28 | LIMIT must be a non-negative integer      | false
                    stream UNION stream LIMIT -1                              | 1:27 | LIMIT must be a non-negative integer      | false
                    upper(DISTINCT x)                                         | 1:1  | DISTINCT is only allowed in aggregate     | false
                    DATE '2021-02-29'                                         | 1:1  | invalid DATE '2021-02-29'                 | false
                    DATE '2021-3-10'                                          | 1:1  | expected 'YYYY-MM-DD'                     | false
                    TIME '24:00:00'                                           | 1:1  | field out of range                        | false
                    TIME '23:59:59+24:00'                                     | 1:1  | invalid UTC offset                        | false
                    TIME WITH TIME ZONE '12:00:00'                            | 1:1  | needs a UTC offset                        | false
                    TIMESTAMP WITHOUT TIME ZONE '2025-01-01 12:00:00+00:00'   | 1:1  | must not have a UTC offset                | false
                    INTERVAL '100' DAY                                        | 1:1  | has more than 2 digits                    | false
                    INTERVAL '1 24' DAY TO HOUR                               | 1:1  | must be below 24                          | false
                    CAST(5 AS DECIMAL(5, 10))                                 | 1:11 | scale must be between 0 and the precision | false
                    CAST(5 AS DECIMAL(0, 0))                                  | 1:11 | precision must be at least 1              | false
                    `{a: `                                                    | 1:1  | invalid Ion literal                       | false
                    'a' || 1                                                  | 1:8  | || expects a string, but 1 is INT         | true
                    SELECT VALUE 1 FROM stream WHERE 1 LIKE '1'               | 1:34 | LIKE expects a string                     | true
                    substring('abc', 1.5)                                     | 1:18 | SUBSTRING expects an integer              | true
                    upper(true)                                               | 1:7  | UPPER expects a string, but true is BOOL  | true
                    EXTRACT(YEAR FROM 1)                                      | 1:19 | EXTRACT expects a date, time, timestamp   | true
                    """)
    void reportsStaticErrors(String query, String position, String message, boolean strict) {
        PlannerOptions options =
                PlannerOptions.withGlobals(Set.of("stream", "other")).strict(strict);

        PlanningException e =
                catchThrowableOfType(
                        PlanningException.class,
                        () -> Planner.plan(Parser.parse(query), query, options));

        assertThat(e).as("planning error for %s", query).isNotNull();
        assertThat(e.getLine() + ":" + e.getColumn()).isEqualTo(position);
        assertThat(e.getMessageWithoutLocation()).contains(message);
    }

    @Test
    void messageHasKindPositionAndCaretSnippet() {
        String query = "SELECT x\nFROM stream AS r\nWHERE SUM(r.a) > 1";
        PlanningException e =
                catchThrowableOfType(
                        PlanningException.class,
                        () ->
                                Planner.plan(
                                        Parser.parse(query),
                                        query,
                                        PlannerOptions.withGlobals(Set.of("stream"))));

        assertThat(e.getMessage())
                .isEqualTo(
                        """
                        Planning error at 3:7: aggregate function SUM is not allowed in WHERE
                          WHERE SUM(r.a) > 1
                                ^""");
    }

    @Test
    void permissivePlanningLeavesLiteralTypeErrorsToRunTime() {
        String query = "1 LIKE 'x' OR upper(NULL) = MISSING";

        LogicalPlan plan =
                Planner.plan(Parser.parse(query), query, PlannerOptions.withGlobals(Set.of()));

        assertThat(plan.explain()).isEqualTo("Value ((1 LIKE 'x') OR (upper(NULL) = MISSING))\n");
    }

    @Test
    void permissivePlanningLeavesUnknownNamesToRunTime() {
        String query = "nope + 1";

        LogicalPlan plan =
                Planner.plan(Parser.parse(query), query, PlannerOptions.withGlobals(Set.of()));

        assertThat(plan.explain()).isEqualTo("Value (global(nope) + 1)\n");
    }
}
