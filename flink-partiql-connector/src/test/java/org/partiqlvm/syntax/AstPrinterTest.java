package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.BagCtor;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.Binary.Op;
import org.partiqlvm.syntax.ast.BoolLiteral;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.CallStar;
import org.partiqlvm.syntax.ast.Case;
import org.partiqlvm.syntax.ast.CaseArm;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.Corresponding;
import org.partiqlvm.syntax.ast.DateAdd;
import org.partiqlvm.syntax.ast.DateDiff;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.ExcludeClause;
import org.partiqlvm.syntax.ast.ExcludePath;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Extract;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.FromItem;
import org.partiqlvm.syntax.ast.FromJoin;
import org.partiqlvm.syntax.ast.FromScan;
import org.partiqlvm.syntax.ast.FromUnpivot;
import org.partiqlvm.syntax.ast.GroupBy;
import org.partiqlvm.syntax.ast.GroupKey;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.InExpr;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.syntax.ast.IsTypeExpr;
import org.partiqlvm.syntax.ast.LetBinding;
import org.partiqlvm.syntax.ast.LikeExpr;
import org.partiqlvm.syntax.ast.ListCtor;
import org.partiqlvm.syntax.ast.MissingLiteral;
import org.partiqlvm.syntax.ast.Node;
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.OrderBy;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Parameter;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.PivotProjection;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Projection;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItemAll;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.SelectStar;
import org.partiqlvm.syntax.ast.SelectValue;
import org.partiqlvm.syntax.ast.SessionAttribute;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.SexpCtor;
import org.partiqlvm.syntax.ast.SortSpec;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.StructCtor;
import org.partiqlvm.syntax.ast.StructField;
import org.partiqlvm.syntax.ast.Substring;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.syntax.ast.Trim;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.syntax.ast.Unary;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;

class AstPrinterTest {

    private static final SourceSpan AT = new SourceSpan(0, 1, 1, 1);

    // ---- precedence and associativity ------------------------------------------------------

    @Test
    void parenthesizesOnlyWhereBindingRequiresIt() {
        assertPrints(bin(Op.MUL, bin(Op.ADD, v("a"), v("b")), v("c")), "(a + b) * c");
        assertPrints(bin(Op.ADD, v("a"), bin(Op.MUL, v("b"), v("c"))), "a + b * c");
        assertPrints(bin(Op.ADD, bin(Op.MUL, v("a"), v("b")), v("c")), "a * b + c");
        assertPrints(bin(Op.SUB, v("a"), bin(Op.SUB, v("b"), v("c"))), "a - (b - c)");
        assertPrints(bin(Op.SUB, bin(Op.SUB, v("a"), v("b")), v("c")), "a - b - c");
        assertPrints(bin(Op.DIV, v("a"), bin(Op.MOD, v("b"), v("c"))), "a / (b % c)");
        assertPrints(bin(Op.CONCAT, bin(Op.CONCAT, v("a"), v("b")), v("c")), "a || b || c");
        assertPrints(bin(Op.CONCAT, v("a"), bin(Op.CONCAT, v("b"), v("c"))), "a || (b || c)");
        assertPrints(bin(Op.CONCAT, v("a"), bin(Op.ADD, v("b"), v("c"))), "a || b + c");
        assertPrints(bin(Op.ADD, bin(Op.CONCAT, v("a"), v("b")), v("c")), "(a || b) + c");
    }

    @Test
    void logicalOperators() {
        assertPrints(not(bin(Op.AND, v("a"), v("b"))), "NOT (a AND b)");
        assertPrints(not(bin(Op.EQ, v("a"), v("b"))), "NOT a = b");
        assertPrints(not(not(v("a"))), "NOT NOT a");
        assertPrints(bin(Op.AND, bin(Op.OR, v("a"), v("b")), v("c")), "(a OR b) AND c");
        assertPrints(bin(Op.OR, v("a"), bin(Op.AND, v("b"), v("c"))), "a OR b AND c");
        assertPrints(bin(Op.OR, bin(Op.OR, v("a"), v("b")), v("c")), "a OR b OR c");
        assertPrints(bin(Op.AND, v("a"), bin(Op.AND, v("b"), v("c"))), "a AND (b AND c)");
        assertPrints(bin(Op.EQ, not(v("a")), v("b")), "(NOT a) = b");
    }

    @Test
    void comparisonsAndPredicatesNeverChainBare() {
        assertPrints(bin(Op.EQ, bin(Op.LT, v("a"), v("b")), v("c")), "(a < b) = c");
        assertPrints(bin(Op.NE, v("a"), bin(Op.GE, v("b"), v("c"))), "a <> (b >= c)");
        assertPrints(bin(Op.LE, bin(Op.ADD, v("a"), i(1)), v("b")), "a + 1 <= b");
        assertPrints(
                new IsTypeExpr(bin(Op.GT, v("a"), v("b")), type("BOOL"), true, AT),
                "(a > b) IS NOT BOOL");
        assertPrints(
                new BetweenExpr(v("x"), bin(Op.AND, v("a"), v("b")), v("c"), false, AT),
                "x BETWEEN (a AND b) AND c");
        assertPrints(bin(Op.AND, new InExpr(v("x"), v("y"), false, AT), v("z")), "x IN y AND z");
    }

    @Test
    void unaryMinusNeverPrintsACommentStart() {
        assertPrints(neg(neg(i(1))), "-(-1)");
        assertPrints(neg(i(-1)), "-(-1)");
        assertPrints(neg(dec("-1.5")), "-(-1.5)");
        assertPrints(bin(Op.SUB, v("a"), neg(i(1))), "a - -1");
        assertPrints(neg(bin(Op.MUL, v("a"), v("b"))), "-(a * b)");
        assertPrints(bin(Op.MUL, neg(v("a")), v("b")), "-a * b");
        assertPrints(new Unary(Unary.Op.PLUS, neg(v("a")), AT), "+-a");
        assertPrints(neg(new Unary(Unary.Op.PLUS, v("a"), AT)), "-+a");
        assertPrints(neg(path(v("a"), field("b"))), "-a.b");
    }

    @Test
    void setOperationsNestByPrecedenceAndTrailingClauses() {
        Expr a = selectValue(v("a"));
        Expr b = selectValue(v("b"));
        Expr c = selectValue(v("c"));
        assertPrints(
                union(union(a, b), c),
                "SELECT VALUE a FROM t UNION SELECT VALUE b FROM t UNION SELECT VALUE c FROM t");
        assertPrints(
                union(a, union(b, c)),
                "SELECT VALUE a FROM t UNION (SELECT VALUE b FROM t UNION SELECT VALUE c FROM t)");
        assertPrints(
                setOp(SetOpExpr.Kind.INTERSECT, union(a, b), c),
                "(SELECT VALUE a FROM t UNION SELECT VALUE b FROM t) INTERSECT SELECT VALUE c FROM"
                        + " t");
        assertPrints(
                union(a, setOp(SetOpExpr.Kind.INTERSECT, b, c)),
                "SELECT VALUE a FROM t UNION SELECT VALUE b FROM t INTERSECT SELECT VALUE c FROM"
                        + " t");
        assertPrints(
                new SetOpExpr(
                        SetOpExpr.Kind.EXCEPT,
                        SetQuantifier.ALL,
                        true,
                        null,
                        i(1),
                        i(2),
                        null,
                        null,
                        null,
                        AT),
                "1 OUTER EXCEPT ALL 2");
        Expr limited = select(new SelectValue(v("a"), AT), scan(v("t")), null, null, i(1));
        SetOpExpr ordered =
                new SetOpExpr(
                        SetOpExpr.Kind.UNION,
                        SetQuantifier.DISTINCT,
                        false,
                        new Corresponding(List.of(id("x"), id("Y", true)), AT),
                        limited,
                        b,
                        orderBy(new SortSpec(v("a"), null, null, AT)),
                        i(5),
                        i(2),
                        AT);
        assertPrints(
                ordered,
                "(SELECT VALUE a FROM t LIMIT 1) UNION CORRESPONDING BY (x, \"Y\") SELECT VALUE b"
                        + " FROM t ORDER BY a LIMIT 5 OFFSET 2");
        assertPrints(
                union(ordered, c),
                "((SELECT VALUE a FROM t LIMIT 1) UNION CORRESPONDING BY (x, \"Y\") SELECT VALUE"
                        + " b FROM t ORDER BY a LIMIT 5 OFFSET 2) UNION SELECT VALUE c FROM t");
    }

    @Test
    void queriesInsideExpressionsAreParenthesized() {
        Expr sub = selectValue(v("a"));
        assertPrints(bin(Op.ADD, i(1), sub), "1 + (SELECT VALUE a FROM t)");
        assertPrints(new InExpr(v("x"), sub, true, AT), "x NOT IN (SELECT VALUE a FROM t)");
        assertPrints(new CallExpr("f", null, List.of(sub), AT), "f((SELECT VALUE a FROM t))");
        assertPrints(
                select(new SelectValue(sub, AT), scan(sub), null, null, null),
                "SELECT VALUE (SELECT VALUE a FROM t) FROM (SELECT VALUE a FROM t)");
    }

    // ---- literals ------------------------------------------------------------------------

    @Test
    void literals() {
        assertPrints(new NullLiteral(AT), "NULL");
        assertPrints(new MissingLiteral(AT), "MISSING");
        assertPrints(new BoolLiteral(true, AT), "TRUE");
        assertPrints(new BoolLiteral(false, AT), "FALSE");
        assertPrints(i(42), "42");
        assertPrints(
                new IntLiteral(new BigInteger("123456789012345678901234567890"), AT),
                "123456789012345678901234567890");
        assertPrints(new StringLiteral("it's", AT), "'it''s'");
        assertPrints(new StringLiteral("", AT), "''");
        assertPrints(new IonLiteral("{a: 1, b: \"`\"}", AT), "`{a: 1, b: \"`\"}`");
        assertPrints(new Parameter(1, AT), "?");
        assertPrints(
                new SessionAttribute(SessionAttribute.Attribute.CURRENT_USER, AT), "CURRENT_USER");
    }

    @Test
    void decimalsKeepTheirScale() {
        assertPrints(dec("1.00"), "1.00");
        assertPrints(dec("0.5"), "0.5");
        assertPrints(dec("0.0000001"), "0.0000001");
        assertPrints(dec("7"), "7.");
        assertPrints(dec("1e100"), "1E+100");
        assertPrints(dec("1.5e3"), "1.5E+3");
        assertPrints(dec("0e2"), "0E+2");
        assertPrints(dec("1e-3"), "0.001");
    }

    @Test
    void datetimeAndIntervalLiterals() {
        assertPrints(new DateLiteral("2021-02-28", AT), "DATE '2021-02-28'");
        assertPrints(new TimeLiteral("12:00:00", null, false, AT), "TIME '12:00:00'");
        assertPrints(
                new TimeLiteral("12:00:00.123+01:00", 3, true, AT),
                "TIME(3) WITH TIME ZONE '12:00:00.123+01:00'");
        assertPrints(
                new TimestampLiteral("2021-02-28 12:00:00", null, true, AT),
                "TIMESTAMP WITH TIME ZONE '2021-02-28 12:00:00'");
        assertPrints(
                new TimestampLiteral("2021-02-28 12:00:00", 0, false, AT),
                "TIMESTAMP(0) '2021-02-28 12:00:00'");
        assertPrints(
                new IntervalLiteral(
                        "1-2", qualifier(DatetimeField.YEAR, null, DatetimeField.MONTH, null), AT),
                "INTERVAL '1-2' YEAR TO MONTH");
        assertPrints(
                new IntervalLiteral(
                        "1 2:3:4.5", qualifier(DatetimeField.DAY, 3, DatetimeField.SECOND, 6), AT),
                "INTERVAL '1 2:3:4.5' DAY(3) TO SECOND(6)");
        assertPrints(
                new IntervalLiteral("4.5", qualifier(DatetimeField.SECOND, 2, null, 3), AT),
                "INTERVAL '4.5' SECOND(2, 3)");
        assertPrints(
                new IntervalLiteral("4", qualifier(DatetimeField.HOUR, null, null, null), AT),
                "INTERVAL '4' HOUR");
    }

    // ---- names ----------------------------------------------------------------------------

    @Test
    void identifiersAreQuotedWhenCaseSensitiveOrNotWritableBare() {
        assertPrints(v("abc"), "abc");
        assertPrints(new VarRef("Abc", true, false, AT), "\"Abc\"");
        assertPrints(new VarRef("a\"b", true, false, AT), "\"a\"\"b\"");
        assertPrints(new VarRef("x", false, true, AT), "@x");
        assertPrints(new VarRef("X", true, true, AT), "@\"X\"");
        assertPrints(v("leading"), "leading");
        // No bare spelling reads back as these; quoting keeps the output parseable.
        assertPrints(v("table"), "\"table\"");
        assertPrints(v("count"), "\"count\"");
        assertPrints(v("a b"), "\"a b\"");
        assertPrints(new CallExpr("upper", null, List.of(v("s")), AT), "upper(s)");
        assertPrints(new CallStar("COUNT", AT), "COUNT(*)");
        assertPrints(
                new CallExpr("count", SetQuantifier.DISTINCT, List.of(v("x")), AT),
                "count(DISTINCT x)");
        assertPrints(new CallExpr("now", null, List.of(), AT), "now()");
    }

    @Test
    void paths() {
        assertPrints(
                path(
                        v("a"),
                        field("b"),
                        new FieldStep("C", true, AT),
                        new IndexStep(i(0), AT),
                        new IndexStep(new StringLiteral("k", AT), AT),
                        new WildcardStep(AT),
                        new UnpivotStep(AT)),
                "a.b.\"C\"[0]['k'][*].*");
        assertPrints(path(path(v("a"), field("b")), field("c")), "(a.b).c");
        assertPrints(path(i(1), field("a")), "(1).a");
        assertPrints(path(new StringLiteral("s", AT), field("a")), "'s'.a");
        assertPrints(path(bin(Op.ADD, v("a"), v("b")), field("c")), "(a + b).c");
        assertPrints(path(new CallExpr("f", null, List.of(), AT), field("c")), "f().c");
        assertPrints(path(new VarRef("x", false, true, AT), field("table")), "@x.\"table\"");
        assertPrints(
                path(v("r"), field("user"), field("value"), field("date"), field("count")),
                "r.user.value.date.count");
        assertPrints(path(v("r"), field("select"), field("a b")), "r.\"select\".\"a b\"");
        assertPrints(
                path(new ListCtor(List.of(i(1)), AT), new IndexStep(neg(i(1)), AT)), "[1][-1]");
    }

    // ---- constructors and special forms ----------------------------------------------------

    @Test
    void constructors() {
        assertPrints(
                new StructCtor(
                        List.of(
                                new StructField(new StringLiteral("a", AT), i(1), AT),
                                new StructField(v("k"), bin(Op.OR, v("x"), v("y")), AT)),
                        AT),
                "{'a': 1, k: x OR y}");
        assertPrints(new StructCtor(List.of(), AT), "{}");
        assertPrints(new ListCtor(List.of(i(1), i(2)), AT), "[1, 2]");
        assertPrints(new ListCtor(List.of(), AT), "[]");
        assertPrints(new BagCtor(List.of(i(1), new BagCtor(List.of(), AT)), AT), "<<1, <<>>>>");
        assertPrints(new SexpCtor(List.of(i(1), v("a")), AT), "SEXP(1, a)");
    }

    @Test
    void predicates() {
        assertPrints(
                new LikeExpr(v("s"), new StringLiteral("a%", AT), null, false, AT), "s LIKE 'a%'");
        assertPrints(
                new LikeExpr(
                        v("s"), new StringLiteral("a!%", AT), new StringLiteral("!", AT), true, AT),
                "s NOT LIKE 'a!%' ESCAPE '!'");
        assertPrints(new BetweenExpr(v("x"), i(1), i(2), true, AT), "x NOT BETWEEN 1 AND 2");
        assertPrints(
                new InExpr(v("x"), new ListCtor(List.of(i(1), i(2)), AT), false, AT),
                "x IN (1, 2)");
        assertPrints(new InExpr(v("x"), new ListCtor(List.of(i(1)), AT), false, AT), "x IN [1]");
        assertPrints(new IsTypeExpr(v("x"), type("NULL"), false, AT), "x IS NULL");
        assertPrints(new IsTypeExpr(v("x"), type("MISSING"), true, AT), "x IS NOT MISSING");
        assertPrints(
                new IsTypeExpr(v("x"), type("DECIMAL", 5, 2), false, AT), "x IS DECIMAL(5, 2)");
    }

    @Test
    void caseAndCasts() {
        CaseArm when = new CaseArm(i(1), new StringLiteral("one", AT), AT);
        assertPrints(
                new Case(v("x"), List.of(when), new StringLiteral("other", AT), AT),
                "CASE x WHEN 1 THEN 'one' ELSE 'other' END");
        assertPrints(
                new Case(
                        null,
                        List.of(new CaseArm(bin(Op.GT, v("x"), i(0)), v("x"), AT), when),
                        null,
                        AT),
                "CASE WHEN x > 0 THEN x WHEN 1 THEN 'one' END");
        assertPrints(cast(CastExpr.Kind.CAST, type("INT")), "CAST(x AS INT)");
        assertPrints(
                cast(CastExpr.Kind.CAN_CAST, type("CHARACTER VARYING", 10)),
                "CAN_CAST(x AS CHARACTER VARYING(10))");
        assertPrints(
                cast(
                        CastExpr.Kind.CAN_LOSSLESS_CAST,
                        new TypeName("TIME", List.of(3), true, null, AT)),
                "CAN_LOSSLESS_CAST(x AS TIME(3) WITH TIME ZONE)");
        assertPrints(
                cast(
                        CastExpr.Kind.CAST,
                        new TypeName(
                                "INTERVAL",
                                List.of(),
                                false,
                                qualifier(DatetimeField.DAY, null, DatetimeField.SECOND, null),
                                AT)),
                "CAST(x AS INTERVAL DAY TO SECOND)");
        assertPrints(
                cast(CastExpr.Kind.CAST, type("DOUBLE PRECISION")), "CAST(x AS DOUBLE PRECISION)");
    }

    @Test
    void stringFunctions() {
        assertPrints(new Trim(null, null, v("s"), AT), "TRIM(s)");
        assertPrints(new Trim(Trim.Spec.LEADING, null, v("s"), AT), "TRIM(LEADING FROM s)");
        assertPrints(
                new Trim(Trim.Spec.BOTH, new StringLiteral("x", AT), v("s"), AT),
                "TRIM(BOTH 'x' FROM s)");
        assertPrints(new Trim(null, new StringLiteral("x", AT), v("s"), AT), "TRIM('x' FROM s)");
        assertPrints(new Trim(null, v("both"), v("s"), AT), "TRIM((both) FROM s)");
        assertPrints(new Trim(null, null, v("Leading"), AT), "TRIM((Leading))");
        assertPrints(
                new Trim(null, new CallExpr("both", null, List.of(v("x")), AT), v("s"), AT),
                "TRIM((both(x)) FROM s)");
        assertPrints(
                new Trim(null, bin(Op.CONCAT, v("bothx"), v("y")), v("s"), AT),
                "TRIM(bothx || y FROM s)");
        assertPrints(
                new Trim(Trim.Spec.TRAILING, v("both"), v("s"), AT), "TRIM(TRAILING both FROM s)");
        assertPrints(
                new Trim(Trim.Spec.LEADING, bin(Op.ADD, neg(v("x")), i(1)), v("s"), AT),
                "TRIM(LEADING (-x + 1) FROM s)");
        assertPrints(
                new Trim(Trim.Spec.BOTH, not(v("x")), v("s"), AT), "TRIM(BOTH (NOT x) FROM s)");
        assertPrints(new Substring(v("s"), i(2), null, AT), "SUBSTRING(s FROM 2)");
        assertPrints(new Substring(v("s"), i(2), i(3), AT), "SUBSTRING(s FROM 2 FOR 3)");
        assertPrints(new Position(v("a"), v("b"), AT), "POSITION(a IN b)");
        assertPrints(
                new Position(new InExpr(v("a"), v("b"), false, AT), v("c"), AT),
                "POSITION((a IN b) IN c)");
        assertPrints(new Overlay(v("s"), v("r"), i(1), null, AT), "OVERLAY(s PLACING r FROM 1)");
        assertPrints(
                new Overlay(v("s"), v("r"), i(1), i(2), AT), "OVERLAY(s PLACING r FROM 1 FOR 2)");
    }

    @Test
    void datetimeFunctions() {
        assertPrints(
                new Extract(DatetimeField.TIMEZONE_HOUR, v("t"), AT),
                "EXTRACT(TIMEZONE_HOUR FROM t)");
        assertPrints(new DateAdd(DatetimeField.DAY, i(1), v("d"), AT), "DATE_ADD(DAY, 1, d)");
        assertPrints(
                new DateDiff(DatetimeField.MONTH, v("a"), v("b"), AT), "DATE_DIFF(MONTH, a, b)");
    }

    // ---- queries ---------------------------------------------------------------------------

    @Test
    void selectWithEveryClauseInOrder() {
        Select select =
                new Select(
                        SetQuantifier.DISTINCT,
                        new SelectList(
                                List.of(
                                        new SelectItemExpr(path(v("t"), field("a")), id("x"), AT),
                                        new SelectItemExpr(v("y"), null, AT),
                                        new SelectItemAll(v("u"), AT)),
                                AT),
                        new ExcludeClause(
                                List.of(
                                        new ExcludePath(
                                                v("t"),
                                                List.of(field("b"), new WildcardStep(AT)),
                                                AT),
                                        new ExcludePath(
                                                v("t"),
                                                List.of(
                                                        new IndexStep(i(0), AT),
                                                        new UnpivotStep(AT)),
                                                AT)),
                                AT),
                        new FromJoin(
                                FromJoin.Kind.LEFT,
                                new FromScan(v("tbl"), id("t"), id("i"), id("k"), AT),
                                new FromScan(path(v("t"), field("c")), id("u"), null, null, AT),
                                bin(Op.EQ, v("u"), i(1)),
                                AT),
                        List.of(new LetBinding(bin(Op.ADD, v("x"), i(1)), id("z"), AT)),
                        bin(Op.GT, v("z"), i(2)),
                        new GroupBy(
                                GroupBy.Strategy.PARTIAL,
                                List.of(
                                        new GroupKey(v("x"), id("gx"), AT),
                                        new GroupKey(v("y"), null, AT)),
                                id("g"),
                                AT),
                        bin(Op.GT, new CallStar("COUNT", AT), i(1)),
                        orderBy(
                                new SortSpec(v("gx"), SortSpec.Direction.DESC, null, AT),
                                new SortSpec(v("y"), null, SortSpec.Nulls.FIRST, AT),
                                new SortSpec(
                                        v("z"), SortSpec.Direction.ASC, SortSpec.Nulls.LAST, AT)),
                        i(10),
                        i(20),
                        AT);
        assertPrints(
                select,
                "SELECT DISTINCT t.a AS x, y, u.* EXCLUDE t.b[*], t[0].* FROM tbl AS t AT i BY k"
                        + " LEFT JOIN t.c AS u ON u = 1 LET x + 1 AS z WHERE z > 2 GROUP PARTIAL BY x"
                        + " AS gx, y GROUP AS g HAVING COUNT(*) > 1 ORDER BY gx DESC, y NULLS FIRST, z"
                        + " ASC NULLS LAST LIMIT 10 OFFSET 20");
    }

    @Test
    void projections() {
        assertPrints(select(new SelectStar(AT), scan(v("t")), null, null, null), "SELECT * FROM t");
        assertPrints(select(new SelectValue(v("x"), AT), null, null, null, null), "SELECT VALUE x");
        assertPrints(
                select(new PivotProjection(v("v"), v("k"), AT), scan(v("t")), null, null, null),
                "PIVOT v AT k FROM t");
        assertPrints(
                select(
                        new SelectList(
                                List.of(
                                        new SelectItemExpr(
                                                path(v("t"), new UnpivotStep(AT)), null, AT),
                                        new SelectItemAll(path(v("t"), field("a")), AT)),
                                AT),
                        null,
                        null,
                        null,
                        null),
                "SELECT (t.*), t.a.*");
        assertPrints(new GroupBy(GroupBy.Strategy.FULL, List.of(), id("g"), AT), "GROUP ALL AS g");
    }

    @Test
    void fromSourcesAndJoins() {
        FromItem a = scan(v("a"));
        FromItem b = new FromScan(v("b"), id("B", true), null, null, AT);
        assertPrints(new FromJoin(FromJoin.Kind.INNER, a, b, null, AT), "a, b AS \"B\"");
        assertPrints(new FromJoin(FromJoin.Kind.INNER, a, b, v("c"), AT), "a JOIN b AS \"B\" ON c");
        assertPrints(
                new FromJoin(FromJoin.Kind.RIGHT, a, b, null, AT), "a RIGHT CROSS JOIN b AS \"B\"");
        assertPrints(
                new FromJoin(
                        FromJoin.Kind.FULL,
                        new FromJoin(FromJoin.Kind.INNER, a, b, null, AT),
                        new FromUnpivot(v("s"), id("v"), id("n"), null, AT),
                        new BoolLiteral(true, AT),
                        AT),
                "a, b AS \"B\" FULL JOIN UNPIVOT s AS v AT n ON TRUE");
        assertPrints(
                new FromJoin(
                        FromJoin.Kind.INNER,
                        a,
                        new FromJoin(FromJoin.Kind.INNER, b, a, null, AT),
                        null,
                        AT),
                "a, (b AS \"B\" CROSS JOIN a)");
    }

    @Test
    void statementsAndClauseNodes() {
        assertPrints(new QueryStatement(bin(Op.ADD, i(1), i(2)), AT), "1 + 2");
        assertPrints(type("INT"), "INT");
        assertPrints(new SortSpec(v("a"), SortSpec.Direction.DESC, null, AT), "a DESC");
        assertPrints(field("a"), ".a");
        assertPrints(id("Q", true), "\"Q\"");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void assertPrints(Node node, String expected) {
        assertThat(AstPrinter.print(node)).isEqualTo(expected);
    }

    private static VarRef v(String name) {
        return new VarRef(name, false, false, AT);
    }

    private static Identifier id(String name) {
        return id(name, false);
    }

    private static Identifier id(String name, boolean caseSensitive) {
        return new Identifier(name, caseSensitive, AT);
    }

    private static IntLiteral i(long value) {
        return new IntLiteral(BigInteger.valueOf(value), AT);
    }

    private static DecimalLiteral dec(String text) {
        return new DecimalLiteral(new BigDecimal(text), AT);
    }

    private static Binary bin(Op op, Expr left, Expr right) {
        return new Binary(op, left, right, AT);
    }

    private static Unary not(Expr operand) {
        return new Unary(Unary.Op.NOT, operand, AT);
    }

    private static Unary neg(Expr operand) {
        return new Unary(Unary.Op.MINUS, operand, AT);
    }

    private static FieldStep field(String name) {
        return new FieldStep(name, false, AT);
    }

    private static Path path(Expr root, PathStep... steps) {
        return new Path(root, Arrays.asList(steps), AT);
    }

    private static TypeName type(String name, Integer... parameters) {
        return new TypeName(name, Arrays.asList(parameters), false, null, AT);
    }

    private static CastExpr cast(CastExpr.Kind kind, TypeName type) {
        return new CastExpr(kind, v("x"), type, AT);
    }

    private static IntervalQualifier qualifier(
            DatetimeField start, Integer precision, DatetimeField end, Integer fractional) {
        return new IntervalQualifier(start, precision, end, fractional, AT);
    }

    private static FromScan scan(Expr expr) {
        return new FromScan(expr, null, null, null, AT);
    }

    private static OrderBy orderBy(SortSpec... specs) {
        return new OrderBy(Arrays.asList(specs), AT);
    }

    private static Select select(
            Projection projection, FromItem from, Expr where, OrderBy orderBy, Expr limit) {
        return new Select(
                SetQuantifier.ALL,
                projection,
                null,
                from,
                List.of(),
                where,
                null,
                null,
                orderBy,
                limit,
                null,
                AT);
    }

    private static Select selectValue(Expr value) {
        return select(new SelectValue(value, AT), scan(v("t")), null, null, null);
    }

    private static SetOpExpr union(Expr left, Expr right) {
        return setOp(SetOpExpr.Kind.UNION, left, right);
    }

    private static SetOpExpr setOp(SetOpExpr.Kind kind, Expr left, Expr right) {
        return new SetOpExpr(
                kind, SetQuantifier.DISTINCT, false, null, left, right, null, null, null, AT);
    }
}
