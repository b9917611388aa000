package org.partiqlvm.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random PartiQL statements from a small grammar over the fields of {@link FuzzData} (paths,
 * literals at the edges of their types, operators, CASE, CAST, IN, LIKE, BETWEEN, functions,
 * constructors, subqueries, unnest, GROUP BY), and mutations of their text (characters and tokens
 * inserted, dropped or cut), as a rule author or an attacker would type them.
 */
final class FuzzStatements {

    private FuzzStatements() {}

    private static final List<String> LITERALS =
            List.of(
                    "0",
                    "1",
                    "-1",
                    "2",
                    "9223372036854775807",
                    "-9223372036854775808",
                    "99999999999999999999",
                    "1.5",
                    "0.000",
                    "1e3",
                    "-2.5e-3",
                    "'x'",
                    "''",
                    "'%a_'",
                    "'\u00e9'",
                    "NULL",
                    "MISSING",
                    "TRUE",
                    "FALSE",
                    "`1.50`",
                    "`{a: 1}`",
                    "1e999999999",
                    "-9e-999999999",
                    "`1d100000000`",
                    "?",
                    "DATE '2021-02-28'",
                    "TIME '12:30:00'",
                    "TIMESTAMP '2021-01-01 00:00:00'",
                    "[1, 2, 3]",
                    "<<1, 'a'>>",
                    "{'a': 1}");

    private static final List<String> BINARY =
            List.of(
                    "+", "-", "*", "/", "%", "||", "=", "<>", "<", "<=", ">", ">=", "AND", "OR",
                    "IS", "IS NOT");

    private static final List<String> FUNCTIONS =
            List.of(
                    "UPPER(%s)",
                    "LOWER(%s)",
                    "CHAR_LENGTH(%s)",
                    "ABS(%s)",
                    "COALESCE(%s, %s)",
                    "NULLIF(%s, %s)",
                    "SUBSTRING(%s FROM 2 FOR 3)",
                    "TRIM(%s)",
                    "CARDINALITY(%s)",
                    "FLOOR(%s)",
                    "CEIL(%s)",
                    "ROUND(%s)",
                    "MOD(%s, %s)",
                    "POSITION(%s IN %s)",
                    "EXISTS(%s)",
                    "SIZE(%s)",
                    "EXTRACT(YEAR FROM %s)",
                    "DATE_ADD(DAY, 1, %s)",
                    "CAST(%s AS CHAR(2147483647))",
                    "CAST(%s AS DECIMAL(38, 37))");

    private static final List<String> TYPES =
            List.of(
                    "INT",
                    "BIGINT",
                    "SMALLINT",
                    "DECIMAL(5,2)",
                    "DECIMAL",
                    "FLOAT",
                    "DOUBLE" + " PRECISION",
                    "STRING",
                    "VARCHAR(3)",
                    "CHAR(2)",
                    "BOOLEAN",
                    "TIMESTAMP",
                    "DATE",
                    "LIST",
                    "STRUCT",
                    "BAG");

    /** A valid-looking expression over {@code s} (the record) nested up to {@code depth}. */
    static Arbitrary<String> expr(int depth) {
        Arbitrary<String> path =
                Combinators.combine(
                                Arbitraries.of(FuzzData.FIELDS),
                                Arbitraries.of("", ".a", ".b", "[0]", "[1].a", "[*]", ".*", ".n.a"))
                        .as((f, step) -> "s." + f + step);
        Arbitrary<String> leaf = Arbitraries.oneOf(path, path, Arbitraries.of(LITERALS));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expr(depth - 1));
        Arbitrary<String> binary =
                Combinators.combine(sub, Arbitraries.of(BINARY), sub)
                        .as(
                                (l, op, r) ->
                                        op.startsWith("IS")
                                                ? "(" + l + " " + op + " NULL)"
                                                : "(" + l + " " + op + " " + r + ")");
        Arbitrary<String> unary =
                Combinators.combine(Arbitraries.of("NOT ", "-", "+"), sub).as((o, e) -> o + e);
        Arbitrary<String> call =
                Combinators.combine(Arbitraries.of(FUNCTIONS), sub, sub)
                        .as((f, a, b) -> String.format(f, a, b));
        Arbitrary<String> cast =
                Combinators.combine(sub, Arbitraries.of(TYPES))
                        .as((e, t) -> "CAST(" + e + " AS " + t + ")");
        Arbitrary<String> caseWhen =
                Combinators.combine(sub, sub, sub)
                        .as((c, t, e) -> "CASE WHEN " + c + " THEN " + t + " ELSE " + e + " END");
        Arbitrary<String> in =
                Combinators.combine(sub, sub.list().ofMinSize(1).ofMaxSize(4))
                        .as((e, xs) -> e + " IN (" + String.join(", ", xs) + ")");
        Arbitrary<String> like =
                Combinators.combine(sub, Arbitraries.of("'%'", "'a%'", "'_b'", "'%\\%%'", "s.c"))
                        .as((e, p) -> e + " LIKE " + p);
        Arbitrary<String> between =
                Combinators.combine(sub, sub, sub)
                        .as((e, lo, hi) -> e + " BETWEEN " + lo + " AND " + hi);
        Arbitrary<String> ctor =
                sub.list()
                        .ofMaxSize(3)
                        .flatMap(
                                xs ->
                                        Arbitraries.of(
                                                "[" + String.join(", ", xs) + "]",
                                                "<<" + String.join(", ", xs) + ">>",
                                                xs.isEmpty() ? "{}" : "{'k': " + xs.get(0) + "}"));
        Arbitrary<String> subquery =
                sub.map(e -> "(SELECT VALUE x FROM s.xs AS x WHERE x = " + e + ")");
        return Arbitraries.frequencyOf(
                List.of(
                        Tuple.of(3, leaf),
                        Tuple.of(4, binary),
                        Tuple.of(1, unary),
                        Tuple.of(2, call),
                        Tuple.of(2, cast),
                        Tuple.of(1, caseWhen),
                        Tuple.of(1, in),
                        Tuple.of(1, like),
                        Tuple.of(1, between),
                        Tuple.of(1, ctor),
                        Tuple.of(1, subquery)));
    }

    /** A statement reading the stream {@code stream} as {@code s}. */
    static Arbitrary<String> statements() {
        Arbitrary<String> e = expr(3);
        return Arbitraries.oneOf(
                e.map(x -> "SELECT VALUE " + x + " FROM stream AS s"),
                Combinators.combine(e, e, e)
                        .as(
                                (x, y, w) ->
                                        "SELECT "
                                                + x
                                                + " AS x, "
                                                + y
                                                + " AS y FROM stream AS s"
                                                + " WHERE "
                                                + w),
                Combinators.combine(e, e)
                        .as(
                                (x, w) ->
                                        "SELECT VALUE "
                                                + x
                                                + " FROM stream AS s, s.xs AS u"
                                                + " WHERE "
                                                + w.replace("s.n", "u")),
                e.map(
                        x ->
                                "SELECT s.id AS k, COUNT(*) AS n, SUM("
                                        + x
                                        + ") AS t FROM stream"
                                        + " AS s GROUP BY s.id"),
                e.map(x -> "SELECT * FROM stream AS s WHERE " + x),
                e.map(x -> "SELECT DISTINCT VALUE " + x + " FROM stream AS s ORDER BY 1 LIMIT 2"),
                e.map(x -> "SELECT VALUE " + x + " FROM stream AS s, s.xs AS a, s.tags AS b"));
    }

    /** A statement with its text damaged: pieces inserted, removed, swapped or cut off. */
    static Arbitrary<String> mutatedStatements() {
        Arbitrary<String> piece =
                Arbitraries.of(
                        "(",
                        ")",
                        "[",
                        "]",
                        "{",
                        "}",
                        "<<",
                        ">>",
                        "'",
                        "\"",
                        "`",
                        ",",
                        ".",
                        "*",
                        "?",
                        "@",
                        "SELECT",
                        "FROM",
                        "WHERE",
                        "VALUE",
                        "AS",
                        "CAST",
                        "CASE",
                        "END",
                        "NULL",
                        "1e999999999",
                        "--",
                        "/*",
                        "\\",
                        "\u0000",
                        "\u00e9",
                        "\ud83d",
                        "s",
                        "s.",
                        "..",
                        "::",
                        "GROUP BY",
                        "ORDER BY",
                        "PIVOT",
                        "UNPIVOT",
                        "LET",
                        "EXCLUDE");
        return Combinators.combine(
                        statements(),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0, 1),
                        piece)
                .as(
                        (text, kind, where, p) -> {
                            int at = (int) (where * text.length());
                            return switch (kind) {
                                case 0 -> text.substring(0, at) + p + text.substring(at);
                                case 1 ->
                                        text.substring(0, at)
                                                + text.substring(Math.min(text.length(), at + 3));
                                case 2 -> text.substring(0, at);
                                default ->
                                        text.substring(0, at) + " " + p + " " + text.substring(at);
                            };
                        });
    }
}
