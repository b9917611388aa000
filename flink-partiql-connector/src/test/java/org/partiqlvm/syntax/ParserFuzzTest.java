package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, the parser either succeeds or throws a {@link ParseException} whose line and
 * column lie within the input: random token soup, random characters, and mutations (deletions,
 * insertions, swaps, truncations) of valid statements.
 */
class ParserFuzzTest {

    /** Valid statements to mutate. */
    private static final List<String> CORPUS =
            List.of(
                    "SELECT a, b AS c FROM t AS x AT i WHERE x.a > 1 AND NOT x.b IS NULL",
                    "SELECT VALUE {'k': v.a, 'n': [1, 2.5, `{a: 1}`]} FROM <<1, 2>> AS v",
                    "SELECT t.*, COUNT(*) FROM t LEFT JOIN u ON t.id = u.id GROUP BY t.k AS k"
                            + " GROUP AS g HAVING COUNT(*) > 2 ORDER BY k DESC NULLS LAST LIMIT 10"
                            + " OFFSET 2",
                    "PIVOT v AT k FROM UNPIVOT s AS v AT k",
                    "(SELECT a FROM t) UNION ALL (SELECT b FROM u) INTERSECT c OUTER EXCEPT d",
                    "CASE WHEN a BETWEEN 1 AND 2 THEN 'x' WHEN a IN (3, 4) THEN \"Y\" ELSE -a END",
                    "CAST(a AS DECIMAL(5, 2)) || TRIM(LEADING 'x' FROM b) || SUBSTRING(c FROM 1"
                            + " FOR 2)",
                    "POSITION('a' IN b) + EXTRACT(YEAR FROM DATE '2020-01-01') + OVERLAY(s"
                            + " PLACING 't' FROM 1)",
                    "TIME (3) WITH TIME ZONE '12:00:00' < TIMESTAMP '2020-01-01 00:00:00' OR"
                            + " INTERVAL '1-2' YEAR TO MONTH IS INTERVAL",
                    "@x.y[*].z.*[0]['k'] LIKE 'a%' ESCAPE '\\' AND ? = ?",
                    "SELECT * EXCLUDE t.a[*].b FROM t, LATERAL t.c AS c LET c.d AS e",
                    "WITH q AS (SELECT * FROM t) SELECT DISTINCT q.a FROM q /* c */ -- d",
                    "VALUES (1, 2), (3, 4)",
                    "SELECT x FROM (a INNER JOIN b ON a.k = b.k) CROSS JOIN c;");

    /** Fragments that random statements are made of. */
    private static final List<String> FRAGMENTS =
            List.of(
                    "SELECT",
                    "VALUE",
                    "FROM",
                    "WHERE",
                    "GROUP",
                    "BY",
                    "AS",
                    "AT",
                    "ORDER",
                    "LIMIT",
                    "OFFSET",
                    "PIVOT",
                    "UNPIVOT",
                    "JOIN",
                    "LEFT",
                    "CROSS",
                    "ON",
                    "UNION",
                    "OUTER",
                    "AND",
                    "OR",
                    "NOT",
                    "IS",
                    "IN",
                    "LIKE",
                    "BETWEEN",
                    "CASE",
                    "WHEN",
                    "THEN",
                    "END",
                    "CAST",
                    "TRIM",
                    "BOTH",
                    "SUBSTRING",
                    "FOR",
                    "DATE",
                    "TIME",
                    "WITH",
                    "ZONE",
                    "INTERVAL",
                    "YEAR",
                    "TO",
                    "SECOND",
                    "NULL",
                    "MISSING",
                    "TRUE",
                    "x",
                    "t",
                    "\"Q\"",
                    "'s'",
                    "'",
                    "\"",
                    "`",
                    "`{a:1}`",
                    "1",
                    "2.5",
                    "1e3",
                    ".5",
                    "(",
                    ")",
                    "[",
                    "]",
                    "{",
                    "}",
                    "<<",
                    ">>",
                    ",",
                    ".",
                    ":",
                    ";",
                    "*",
                    "+",
                    "-",
                    "/",
                    "%",
                    "||",
                    "=",
                    "<>",
                    "<",
                    ">=",
                    "@",
                    "?",
                    "--",
                    "/*",
                    "*/",
                    "\n",
                    "\t",
                    " ",
                    "é",
                    "\uD83D\uDCA9",
                    "\u0000",
                    "#",
                    "!");

    @Property(tries = 1000)
    void randomTokenSoup(@ForAll("soup") String query) {
        assertParsesOrFailsCleanly(query);
    }

    @Property(tries = 1000)
    void randomCharacters(@ForAll("characters") String query) {
        assertParsesOrFailsCleanly(query);
    }

    @Property(tries = 2000)
    void mutatedStatements(@ForAll("mutants") String query) {
        assertParsesOrFailsCleanly(query);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS)
                .list()
                .ofMaxSize(40)
                .flatMap(
                        parts ->
                                Arbitraries.of(" ", "")
                                        .map(separator -> String.join(separator, parts)));
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.strings()
                .withChars("abcSELECTFROMWHRN0123456789 \n\r\t()[]{}<>.,;:'\"`@?*+-/%|=!é")
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> mutants() {
        return Combinators.combine(
                        Arbitraries.of(CORPUS),
                        Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(0, 10_000).list().ofSize(12),
                        Arbitraries.of(FRAGMENTS))
                .as(ParserFuzzTest::mutate);
    }

    /** Applies mutations (0 delete, 1 insert, 2 swap words, 3 truncate) at random positions. */
    private static String mutate(
            String statement, List<Integer> kinds, List<Integer> positions, String fragment) {
        String text = statement;
        int next = 0;
        for (int kind : kinds) {
            int a = positions.get(next++ % positions.size()) % (text.length() + 1);
            int b = positions.get(next++ % positions.size()) % (text.length() + 1);
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            text =
                    switch (kind) {
                        case 0 -> text.substring(0, from) + text.substring(Math.min(to, from + 8));
                        case 1 -> text.substring(0, a) + fragment + text.substring(a);
                        case 2 -> swapWords(text, a, b);
                        default -> text.substring(0, a);
                    };
        }
        return text;
    }

    private static String swapWords(String text, int a, int b) {
        List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
        if (words.size() < 2) {
            return text;
        }
        int i = a % words.size();
        int j = b % words.size();
        String word = words.get(i);
        words.set(i, words.get(j));
        words.set(j, word);
        return String.join(" ", words);
    }

    private static void assertParsesOrFailsCleanly(String query) {
        try {
            assertThat(Parser.parse(query)).isNotNull();
        } catch (ParseException e) {
            String[] lines = query.split("\r\n|\r|\n", -1);
            assertThat(e.getLine()).as("line of %s", e.getMessage()).isBetween(1, lines.length);
            assertThat(e.getColumn())
                    .as("column of %s", e.getMessage())
                    .isBetween(1, lines[e.getLine() - 1].length() + 1);
            assertThat(e.getMessage()).startsWith("Syntax error at ");
        }
    }
}
