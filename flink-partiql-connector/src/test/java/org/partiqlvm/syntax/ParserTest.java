package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.AstEquivalence;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FromScan;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.Statement;

class ParserTest {

    /** The cases of {@code parser-cases.txt}: a query line, then {@code => expected dump}. */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        String query = null;
        for (String line : resource("parser-cases.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=> ")) {
                cases.add(Arguments.of(query, line.substring(3)));
                query = null;
            } else {
                query = line;
            }
        }
        return cases.stream();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesToTheExpectedTree(String query, String expected) {
        Object tree = query.endsWith(";") ? Parser.parse(query) : Parser.parseExpression(query);
        assertThat(AstDump.dump(tree)).isEqualTo(expected);
    }

    @Test
    void keywordsAreCaseInsensitive() {
        Statement upper = Parser.parse("SELECT DISTINCT VALUE X FROM T AS X WHERE X IS NOT NULL");
        Statement lower = Parser.parse("select distinct value X from T as X where X is not null");
        Statement mixed = Parser.parse("SeLeCt DiStInCt VaLuE X fRoM T aS X wHeRe X iS nOt NuLl");
        assertThat(AstEquivalence.equalIgnoringSpans(upper, lower)).isTrue();
        assertThat(AstEquivalence.equalIgnoringSpans(upper, mixed)).isTrue();
    }

    @Test
    void unquotedNamesKeepTheirSpellingAndAreCaseInsensitive() {
        assertThat(AstDump.dump(Parser.parseExpression("FooBar"))).isEqualTo("(VarRef 'FooBar')");
        assertThat(AstDump.dump(Parser.parseExpression("\"FooBar\"")))
                .isEqualTo("(VarRef 'FooBar' caseSensitive)");
        assertThat(AstDump.dump(Parser.parseExpression("\"a\"\"b\"")))
                .isEqualTo("(VarRef 'a\"b' caseSensitive)");
    }

    @Test
    void reservedWordsNeedQuotesToBeNames() {
        assertThat(AstDump.dump(Parser.parseExpression("t.\"table\"")))
                .isEqualTo("(Path (VarRef 't') [(FieldStep 'table' caseSensitive)])");
        assertThatThrownBy(() -> Parser.parseExpression("t.table"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("a reserved word; write \"table\" to use it as a name");
        assertThatThrownBy(() -> Parser.parse("SELECT x AS value FROM t"))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void typeValueAndUnusedReservedWordsMayNameFieldsAfterADot() {
        assertThat(AstDump.dump(Parser.parseExpression("r.user.country")))
                .isEqualTo("(Path (VarRef 'r') [(FieldStep 'user') (FieldStep 'country')])");
        assertThat(AstDump.dump(Parser.parseExpression("e.timestamp + e.value + e.count")))
                .isEqualTo(
                        "(Binary ADD (Binary ADD (Path (VarRef 'e') [(FieldStep 'timestamp')])"
                                + " (Path (VarRef 'e') [(FieldStep 'value')]))"
                                + " (Path (VarRef 'e') [(FieldStep 'count')]))");
        assertThat(AstDump.dump(Parser.parseExpression("d.Date.TIME.key")))
                .isEqualTo(
                        "(Path (VarRef 'd') [(FieldStep 'Date') (FieldStep 'TIME')"
                                + " (FieldStep 'key')])");
        assertThatThrownBy(() -> Parser.parseExpression("t.select"))
                .isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> Parser.parseExpression("user")).isInstanceOf(ParseException.class);
    }

    @Test
    void aParenthesizedSingleInOperandIsAOneElementList() {
        assertThat(AstDump.dump(Parser.parseExpression("x IN (5)")))
                .isEqualTo("(InExpr (VarRef 'x') (ListCtor [(IntLiteral 5)]))");
        assertThat(AstDump.dump(Parser.parseExpression("x IN (5, 6)")))
                .isEqualTo("(InExpr (VarRef 'x') (ListCtor [(IntLiteral 5) (IntLiteral 6)]))");
        assertThat(AstDump.dump(Parser.parseExpression("x IN ys")))
                .isEqualTo("(InExpr (VarRef 'x') (VarRef 'ys'))");
        assertThat(AstDump.dump(Parser.parseExpression("x IN (SELECT VALUE y FROM t)")))
                .startsWith("(InExpr (VarRef 'x') (Select");
    }

    @Test
    void reservedWordsMayNameFunctions() {
        assertThat(AstDump.dump(Parser.parseExpression("upper(x) || lower(x) || size(x)")))
                .startsWith("(Binary CONCAT (Binary CONCAT (CallExpr 'upper' _");
    }

    @Test
    void contextualWordsAreOrdinaryNames() {
        assertThat(AstDump.dump(Parser.parseExpression("year + leading + placing")))
                .isEqualTo(
                        "(Binary ADD (Binary ADD (VarRef 'year') (VarRef 'leading'))"
                                + " (VarRef 'placing'))");
    }

    @Test
    void parametersAreNumberedInOrderFromOne() {
        assertThat(AstDump.dump(Parser.parse("SELECT ? FROM t WHERE a = ? AND b IN (?, ?)")))
                .contains("(Parameter 1)", "(Parameter 2)", "(Parameter 3)", "(Parameter 4)");
    }

    @Test
    void aTrailingSemicolonIsAllowedInStatementsOnly() {
        assertThat(Parser.parse("1;")).isInstanceOf(QueryStatement.class);
        assertThatThrownBy(() -> Parser.parseExpression("1;"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("expected end of input but found ';'");
        assertThatThrownBy(() -> Parser.parse("1;;")).isInstanceOf(ParseException.class);
    }

    @Test
    void commentsAreIgnored() {
        Statement plain = Parser.parse("SELECT a FROM t");
        Statement commented =
                Parser.parse("/* lead */ SELECT -- the column\n a /* x */ FROM t -- end");
        assertThat(AstEquivalence.equalIgnoringSpans(plain, commented)).isTrue();
    }

    @Test
    void nodesCarryTheirSpans() {
        QueryStatement statement =
                (QueryStatement) Parser.parse("SELECT a.b AS c\n  FROM tbl WHERE a.b > 10");
        Select select = (Select) statement.query();
        assertThat(select.span()).isEqualTo(new SourceSpan(0, 41, 1, 1));
        SelectItemExpr item = (SelectItemExpr) ((SelectList) select.projection()).items().get(0);
        assertThat(item.span()).isEqualTo(new SourceSpan(7, 8, 1, 8));
        assertThat(((Path) item.expr()).steps().get(0).span())
                .isEqualTo(new SourceSpan(8, 2, 1, 9));
        assertThat(item.alias().span()).isEqualTo(new SourceSpan(14, 1, 1, 15));
        FromScan from = (FromScan) select.from();
        assertThat(from.span()).isEqualTo(new SourceSpan(23, 3, 2, 8));
        Binary where = (Binary) select.where();
        assertThat(where.span()).isEqualTo(new SourceSpan(33, 8, 2, 18));
        assertThat(where.right().span()).isEqualTo(new SourceSpan(39, 2, 2, 24));
    }

    @Test
    void orderByAfterASetOperationBelongsToIt() {
        Expr query =
                ((QueryStatement) Parser.parse("SELECT a FROM t UNION SELECT a FROM u LIMIT 1"))
                        .query();
        assertThat(AstDump.dump(query))
                .startsWith("(SetOpExpr UNION")
                .endsWith("_ (IntLiteral 1) _)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT x FROM (A INNER JOIN B ON A = B)",
                "SELECT x FROM (((A INNER JOIN B ON A = B)))",
                "SELECT x FROM A INNER JOIN (B INNER JOIN (C INNER JOIN D ON C = D) ON B = C) ON A = B",
                "SELECT x FROM A INNER JOIN (1) ON true",
                "SELECT x FROM A INNER JOIN (SELECT x FROM b JOIN c ON d) ON true",
                "SELECT * FROM (SELECT * FROM x).a",
                "SELECT * FROM (a, b)",
                "SELECT * FROM ((a CROSS JOIN b), c)",
                "SELECT a FROM data GROUP BY a + b AS k GROUP AS g",
                "SELECT VALUE {'a': v.a, 'b': (SELECT VALUE w FROM v.ws AS w)} FROM t AS v",
                "SELECT t.*, u.* FROM t, u",
                "(SELECT a FROM t) ORDER BY a",
                "SELECT a, b FROM t WHERE (a, b) IN (VALUES (1, 2), (3, 4))",
                "SELECT sum(a) + count(*) FROM foo",
                "x IS NOT INTERVAL",
                "[DATE '2023-01-01', DATE '2023-01-31'] OVERLAPS ROW(d1, d2)",
            })
    void parses(String query) {
        assertThat(Parser.parse(query)).isNotNull();
    }

    @Test
    void parenthesizedJoinsAndExpressionsInFrom() {
        assertThat(AstDump.dump(Parser.parse("SELECT * FROM (a, b)")))
                .contains("(FromScan (ListCtor [(VarRef 'a') (VarRef 'b')]) _ _ _)");
        assertThat(AstDump.dump(Parser.parse("SELECT * FROM ((a CROSS JOIN b), c)")))
                .contains("(FromJoin INNER (FromJoin INNER (FromScan (VarRef 'a')");
    }
}
