package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.syntax.ast.Statement;

/**
 * Hostile nesting gives a ParseException, never a StackOverflowError, even on a thread with a small
 * (512 KB) stack; deep but reasonable queries still parse there.
 */
class DeepNestingTest {

    private static final int HOSTILE = 100_000;

    /**
     * Parses {@code query} on a fresh thread with a 512 KB stack; returns what it threw, or null.
     */
    private static Throwable parseOnSmallStack(String query) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Runnable parse =
                () -> {
                    try {
                        Statement statement = Parser.parse(query);
                        assertThat(statement).isNotNull();
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                };
        Thread thread = new Thread(null, parse, "small-stack-parser", 512 * 1024);
        thread.start();
        thread.join();
        return thrown.get();
    }

    private static String nest(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    /**
     * Chains of an associative operator are built as balanced trees: a machine-generated chain of
     * any length parses, on a small stack, into a tree a few levels deep.
     */
    @ParameterizedTest
    @ValueSource(strings = {" OR x", " AND x", " || 'a'", " + 1", " - x", " * 2", " / x", " % 3"})
    void associativeChainsOfAnyLengthParse(String link) throws InterruptedException {
        assertThat(parseOnSmallStack("SELECT * FROM t WHERE 1" + link.repeat(HOSTILE))).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "parens",
                "brackets",
                "bags",
                "structs",
                "calls",
                "subqueries",
                "from-parens",
                "joins",
                "case",
                "unclosed"
            })
    void hostileNestingIsASyntaxError(String shape) throws InterruptedException {
        String query =
                switch (shape) {
                    case "parens" -> nest("(", "1", ")", HOSTILE);
                    case "brackets" -> nest("[", "1", "]", HOSTILE);
                    case "bags" -> nest("<<", "1", ">>", HOSTILE);
                    case "structs" -> nest("{'a': ", "1", "}", HOSTILE);
                    case "calls" -> nest("f(", "1", ")", HOSTILE);
                    case "subqueries" -> nest("(SELECT VALUE x FROM ", "t", ")", HOSTILE);
                    case "from-parens" -> "SELECT * FROM " + nest("(", "t", ")", HOSTILE);
                    case "joins" -> "SELECT * FROM " + nest("(a JOIN ", "b", " ON true)", HOSTILE);
                    case "case" -> nest("CASE WHEN ", "x", " THEN 1 END", HOSTILE);
                    default -> "(".repeat(HOSTILE);
                };
        Throwable thrown = parseOnSmallStack(query);
        assertThat(thrown)
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("query nested too deeply (limit " + TokenCursor.MAX_NESTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT ", "- ", "+ ", "+-"})
    void hostilePrefixRunsAreASyntaxError(String operator) throws InterruptedException {
        Throwable thrown = parseOnSmallStack(operator.repeat(HOSTILE) + "x");
        assertThat(thrown)
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("query nested too deeply");
    }

    @ParameterizedTest
    @ValueSource(strings = {", t"})
    void hostileOperatorChainsAreASyntaxError(String link) throws InterruptedException {
        String query = "SELECT * FROM t WHERE 1" + link.repeat(HOSTILE);
        if (link.equals(", t")) {
            query = "SELECT * FROM t" + link.repeat(HOSTILE);
        }
        Throwable thrown = parseOnSmallStack(query);
        assertThat(thrown)
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("query nested too deeply (limit " + TokenCursor.MAX_DEPTH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "parens",
                "subqueries",
                "not",
                "chain",
                "mixed",
            })
    void deepButReasonableQueriesParse(String shape) throws InterruptedException {
        String query =
                switch (shape) {
                    case "parens" -> nest("(", "1", ")", TokenCursor.MAX_NESTING - 10);
                    case "subqueries" ->
                            nest(
                                    "(SELECT VALUE x FROM ",
                                    "t",
                                    ")",
                                    TokenCursor.MAX_NESTING / 2 - 10);
                    case "not" -> "NOT ".repeat(TokenCursor.MAX_DEPTH - 10) + "x";
                    case "chain" -> "x = 0" + " OR x = 1".repeat(TokenCursor.MAX_DEPTH - 10);
                    default ->
                            nest(
                                    "SELECT VALUE [a, {'k': (",
                                    "x.y[0] + 1",
                                    ")}] FROM t AS a WHERE a.b > 1",
                                    TokenCursor.MAX_NESTING / 4 - 5);
                };
        assertThat(parseOnSmallStack(query)).isNull();
    }
}
