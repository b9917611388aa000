package org.partiqlvm.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.BagCtor;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
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
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.OrderBy;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.PivotProjection;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Projection;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItem;
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
import org.partiqlvm.syntax.ast.With;
import org.partiqlvm.syntax.ast.WithBinding;

/**
 * jqwik generators of random syntax trees of bounded depth, limited to trees the parser can build
 * (no negative number literals, no case-insensitive reserved names, no {@code ?} parameters, whose
 * numbering depends on their position), for print-then-parse round trips.
 */
final class AstArbitraries {

    static final SourceSpan SPAN = new SourceSpan(0, 1, 1, 1);

    /** Unquoted names, including contextual words the grammar gives a meaning in some places. */
    private static final List<String> BARE_NAMES =
            List.of(
                    "a", "b", "x", "Tbl", "foo_1", "$v", "_", "leading", "both", "year", "placing",
                    "without", "nulls_");

    /** Field names after a dot: the bare names and reserved words allowed there. */
    private static final List<String> FIELD_NAMES =
            List.of("a", "leading", "user", "count", "value", "date", "timestamp", "bag", "key");

    private static final List<String> FUNCTION_NAMES =
            List.of("f", "upper", "count", "coalesce", "my_fn", "exists", "sum");

    private static final List<String> ION_TEXTS =
            List.of("1", "{a: 1, b: [2.5e0]}", "\"x`y\"", "'sym`bol'", "$ion::null", "(a b)");

    private static final List<TypeName> TYPES =
            List.of(
                    type("NULL"),
                    type("MISSING"),
                    type("ANY"),
                    type("BOOL"),
                    type("INT"),
                    type("BIGINT"),
                    type("STRING"),
                    type("STRUCT"),
                    type("LIST"),
                    type("BAG"),
                    type("SEXP"),
                    type("DATE"),
                    type("FLOAT", 5),
                    type("VARCHAR", 10),
                    type("CHAR"),
                    type("CHARACTER VARYING", 4),
                    type("DECIMAL"),
                    type("DECIMAL", 5),
                    type("NUMERIC", 5, 2),
                    type("DOUBLE PRECISION"),
                    type("TIME", 3),
                    new TypeName("TIME", List.of(), true, null, SPAN),
                    new TypeName("TIMESTAMP", List.of(6), true, null, SPAN),
                    type("INTERVAL"),
                    new TypeName(
                            "INTERVAL",
                            List.of(),
                            false,
                            new IntervalQualifier(
                                    DatetimeField.DAY, 2, DatetimeField.SECOND, 3, SPAN),
                            SPAN));

    private AstArbitraries() {}

    /** Expressions, including queries, nested at most {@code maxDepth} levels. */
    static Arbitrary<Expr> expressions(int maxDepth) {
        return Arbitraries.recursive(AstArbitraries::leaf, AstArbitraries::level, 0, maxDepth);
    }

    private static Arbitrary<Expr> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, literal()),
                Tuple.of(4, varRef()),
                Tuple.of(
                        1,
                        Arbitraries.of(SessionAttribute.Attribute.class)
                                .map(attribute -> new SessionAttribute(attribute, SPAN))));
    }

    /**
     * One level of nesting over {@code inner}; {@code inner} itself stays a choice so shapes vary.
     * Each use goes through one lazy wrapper, whose identity hash stops jqwik from hashing the
     * whole (exponentially shared) tree of arbitraries when it memoizes generators.
     */
    private static Arbitrary<Expr> level(Arbitrary<Expr> inner) {
        Arbitrary<Expr> e = Arbitraries.lazy(() -> inner);
        return Arbitraries.frequencyOf(
                Tuple.of(2, e),
                Tuple.of(6, binary(e)),
                Tuple.of(2, unary(e)),
                Tuple.of(4, predicate(e)),
                Tuple.of(3, path(e)),
                Tuple.of(2, call(e)),
                Tuple.of(2, constructor(e)),
                Tuple.of(4, specialForm(e)),
                Tuple.of(2, select(e)),
                Tuple.of(1, setOp(e)),
                Tuple.of(1, with(e)));
    }

    // ---- names and leaves ---------------------------------------------------------------

    private static Arbitrary<String> quotedNames() {
        return Arbitraries.strings().withChars("aZ\"' `.*_$1\né").ofMinLength(1).ofMaxLength(5);
    }

    private static Arbitrary<Identifier> identifier() {
        return Arbitraries.oneOf(
                Arbitraries.of(BARE_NAMES).map(name -> new Identifier(name, false, SPAN)),
                quotedNames().map(name -> new Identifier(name, true, SPAN)));
    }

    private static Arbitrary<Identifier> optionalIdentifier() {
        return identifier().injectNull(0.5);
    }

    private static Arbitrary<VarRef> varRef() {
        return Combinators.combine(identifier(), Arbitraries.of(true, false))
                .as((id, local) -> new VarRef(id.name(), id.caseSensitive(), local, SPAN));
    }

    private static Arbitrary<Expr> literal() {
        Arbitrary<BigInteger> unsigned =
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(25));
        Arbitrary<String> text = Arbitraries.strings().withChars("a1 '\"-:\n").ofMaxLength(6);
        Arbitrary<Integer> precision = Arbitraries.integers().between(0, 9).injectNull(0.5);
        return Arbitraries.oneOf(
                Arbitraries.just(new NullLiteral(SPAN)),
                Arbitraries.just(new MissingLiteral(SPAN)),
                Arbitraries.of(true, false).map(value -> new BoolLiteral(value, SPAN)),
                unsigned.map(value -> new IntLiteral(value, SPAN)),
                Combinators.combine(unsigned, Arbitraries.integers().between(-6, 12))
                        .as(
                                (digits, scale) ->
                                        new DecimalLiteral(new BigDecimal(digits, scale), SPAN)),
                text.map(value -> new StringLiteral(value, SPAN)),
                Arbitraries.of(ION_TEXTS).map(ion -> new IonLiteral(ion, SPAN)),
                text.map(value -> new DateLiteral(value, SPAN)),
                Combinators.combine(text, precision, Arbitraries.of(true, false))
                        .as((value, p, zone) -> new TimeLiteral(value, p, zone, SPAN)),
                Combinators.combine(text, precision, Arbitraries.of(true, false))
                        .as((value, p, zone) -> new TimestampLiteral(value, p, zone, SPAN)),
                Combinators.combine(text, intervalQualifier())
                        .as((value, qualifier) -> new IntervalLiteral(value, qualifier, SPAN)));
    }

    /** Qualifiers the grammar allows: a later end field; fractional precision only for SECOND. */
    private static Arbitrary<IntervalQualifier> intervalQualifier() {
        List<DatetimeField> fields =
                List.of(
                        DatetimeField.YEAR,
                        DatetimeField.MONTH,
                        DatetimeField.DAY,
                        DatetimeField.HOUR,
                        DatetimeField.MINUTE,
                        DatetimeField.SECOND);
        Arbitrary<Integer> precision = Arbitraries.integers().between(0, 9).injectNull(0.5);
        return Combinators.combine(
                        Arbitraries.of(fields),
                        Arbitraries.of(fields).injectNull(0.5),
                        precision,
                        precision)
                .as(
                        (start, end, leading, fractional) -> {
                            if (end != null && end.ordinal() <= start.ordinal()) {
                                end = null;
                            }
                            boolean fractionalAllowed =
                                    end == DatetimeField.SECOND
                                            || end == null
                                                    && start == DatetimeField.SECOND
                                                    && leading != null;
                            return new IntervalQualifier(
                                    start,
                                    leading,
                                    end,
                                    fractionalAllowed ? fractional : null,
                                    SPAN);
                        });
    }

    private static TypeName type(String name, Integer... parameters) {
        return new TypeName(name, List.of(parameters), false, null, SPAN);
    }

    // ---- operators, paths, calls, constructors -------------------------------------------

    private static Arbitrary<Expr> binary(Arbitrary<Expr> e) {
        return Combinators.combine(Arbitraries.of(Binary.Op.class), e, e)
                .as((op, left, right) -> new Binary(op, left, right, SPAN));
    }

    private static Arbitrary<Expr> unary(Arbitrary<Expr> e) {
        return Combinators.combine(Arbitraries.of(Unary.Op.class), e)
                .as((op, operand) -> new Unary(op, operand, SPAN));
    }

    private static Arbitrary<Expr> predicate(Arbitrary<Expr> e) {
        Arbitrary<Boolean> not = Arbitraries.of(true, false);
        return Arbitraries.oneOf(
                Combinators.combine(e, e, e.injectNull(0.5), not)
                        .as(
                                (value, pattern, escape, n) ->
                                        new LikeExpr(value, pattern, escape, n, SPAN)),
                Combinators.combine(e, e, e, not)
                        .as((value, low, high, n) -> new BetweenExpr(value, low, high, n, SPAN)),
                Combinators.combine(e, Arbitraries.oneOf(inOperand(e), list(e)), not)
                        .as((value, collection, n) -> new InExpr(value, collection, n, SPAN)),
                Combinators.combine(e, Arbitraries.of(TYPES), not)
                        .as((value, type, n) -> new IsTypeExpr(value, type, n, SPAN)));
    }

    /**
     * A non-list IN operand the parser can produce: the parser reads a parenthesized expression
     * after IN as a one-element list ({@code x IN (5)}), so an operand that would need parentheses
     * (other than a subquery) has no source form.
     */
    private static Arbitrary<Expr> inOperand(Arbitrary<Expr> e) {
        VarRef x = new VarRef("x", false, false, SPAN);
        return e.filter(
                c ->
                        c instanceof Select
                                || c instanceof SetOpExpr
                                || c instanceof BagCtor
                                || !AstPrinter.print(new InExpr(x, c, false, SPAN))
                                        .startsWith("x IN ("));
    }

    private static Arbitrary<Expr> path(Arbitrary<Expr> e) {
        Arbitrary<PathStep> step =
                Arbitraries.oneOf(
                        Arbitraries.of(FIELD_NAMES).map(name -> new FieldStep(name, false, SPAN)),
                        quotedNames().map(name -> new FieldStep(name, true, SPAN)),
                        e.map(index -> new IndexStep(index, SPAN)),
                        Arbitraries.just(new WildcardStep(SPAN)),
                        Arbitraries.just(new UnpivotStep(SPAN)));
        return Combinators.combine(e, step.list().ofMinSize(1).ofMaxSize(3))
                .as((root, steps) -> new Path(root, steps, SPAN));
    }

    private static Arbitrary<Expr> call(Arbitrary<Expr> e) {
        Arbitrary<String> name = Arbitraries.of(FUNCTION_NAMES);
        return Arbitraries.oneOf(
                Combinators.combine(name, e.list().ofMaxSize(3))
                        .as((n, args) -> new CallExpr(n, null, args, SPAN)),
                Combinators.combine(
                                name,
                                Arbitraries.of(SetQuantifier.class),
                                e.list().ofMinSize(1).ofMaxSize(2))
                        .as((n, quantifier, args) -> new CallExpr(n, quantifier, args, SPAN)),
                name.map(n -> new CallStar(n, SPAN)));
    }

    private static Arbitrary<Expr> list(Arbitrary<Expr> e) {
        return e.list().ofMaxSize(3).map(elements -> new ListCtor(elements, SPAN));
    }

    private static Arbitrary<Expr> constructor(Arbitrary<Expr> e) {
        Arbitrary<StructField> field =
                Combinators.combine(e, e).as((key, value) -> new StructField(key, value, SPAN));
        return Arbitraries.oneOf(
                list(e),
                e.list().ofMaxSize(3).map(elements -> new BagCtor(elements, SPAN)),
                e.list().ofMaxSize(3).map(elements -> new SexpCtor(elements, SPAN)),
                field.list().ofMaxSize(3).map(fields -> new StructCtor(fields, SPAN)));
    }

    private static Arbitrary<Expr> specialForm(Arbitrary<Expr> e) {
        Arbitrary<Expr> optional = e.injectNull(0.5);
        Arbitrary<DatetimeField> field = Arbitraries.of(DatetimeField.class);
        Arbitrary<CaseArm> when =
                Combinators.combine(e, e)
                        .as((condition, result) -> new CaseArm(condition, result, SPAN));
        return Arbitraries.oneOf(
                Combinators.combine(optional, when.list().ofMinSize(1).ofMaxSize(2), optional)
                        .as(
                                (operand, whens, otherwise) ->
                                        new Case(operand, whens, otherwise, SPAN)),
                Combinators.combine(Arbitraries.of(CastExpr.Kind.class), e, Arbitraries.of(TYPES))
                        .as((kind, value, type) -> new CastExpr(kind, value, type, SPAN)),
                Combinators.combine(Arbitraries.of(Trim.Spec.class).injectNull(0.5), optional, e)
                        .as((spec, characters, source) -> new Trim(spec, characters, source, SPAN)),
                Combinators.combine(e, e, optional)
                        .as((value, start, length) -> new Substring(value, start, length, SPAN)),
                Combinators.combine(e, e)
                        .as((needle, haystack) -> new Position(needle, haystack, SPAN)),
                Combinators.combine(e, e, e, optional)
                        .as(
                                (value, placing, start, length) ->
                                        new Overlay(value, placing, start, length, SPAN)),
                Combinators.combine(field, e).as((f, source) -> new Extract(f, source, SPAN)),
                Combinators.combine(field, e, e)
                        .as((f, quantity, datetime) -> new DateAdd(f, quantity, datetime, SPAN)),
                Combinators.combine(field, e, e)
                        .as((f, from, to) -> new DateDiff(f, from, to, SPAN)));
    }

    // ---- queries -----------------------------------------------------------------------------

    private static Arbitrary<Expr> select(Arbitrary<Expr> e) {
        Arbitrary<Expr> optional = e.injectNull(0.6);
        Arbitrary<List<LetBinding>> let =
                Combinators.combine(e, identifier())
                        .as((value, name) -> new LetBinding(value, name, SPAN))
                        .list()
                        .ofMaxSize(2);
        Arbitrary<Select> block =
                Combinators.combine(
                                projection(e),
                                exclude().injectNull(0.7),
                                fromItem(e).injectNull(0.2),
                                let,
                                optional,
                                groupBy(e).injectNull(0.7),
                                optional,
                                Arbitraries.of(SetQuantifier.class))
                        .as(
                                (projection,
                                        exclude,
                                        from,
                                        bindings,
                                        where,
                                        groupBy,
                                        having,
                                        quantifier) ->
                                        new Select(
                                                projection instanceof PivotProjection
                                                        ? SetQuantifier.ALL
                                                        : quantifier,
                                                projection,
                                                exclude,
                                                from,
                                                bindings,
                                                where,
                                                groupBy,
                                                having,
                                                null,
                                                null,
                                                null,
                                                SPAN))
                        .filter(
                                select ->
                                        select.from() != null
                                                || !(select.projection()
                                                        instanceof PivotProjection));
        return Combinators.combine(block, orderBy(e).injectNull(0.7), optional, optional)
                .as(
                        (s, orderBy, limit, offset) ->
                                new Select(
                                        s.quantifier(),
                                        s.projection(),
                                        s.exclude(),
                                        s.from(),
                                        s.let(),
                                        s.where(),
                                        s.groupBy(),
                                        s.having(),
                                        orderBy,
                                        limit,
                                        offset,
                                        SPAN));
    }

    /**
     * A select list, VALUE, * or PIVOT. An item {@code (t.*)} is left out: the parser reads it as
     * {@code t.*} (all fields of t), since the tree keeps no parentheses.
     */
    private static Arbitrary<Projection> projection(Arbitrary<Expr> e) {
        Arbitrary<SelectItem> item =
                Arbitraries.oneOf(
                        Combinators.combine(
                                        e.filter(
                                                x ->
                                                        !(x instanceof Path p
                                                                && p.steps()
                                                                                .get(
                                                                                        p.steps()
                                                                                                        .size()
                                                                                                - 1)
                                                                        instanceof UnpivotStep)),
                                        optionalIdentifier())
                                .as((expr, alias) -> new SelectItemExpr(expr, alias, SPAN)),
                        e.map(source -> new SelectItemAll(source, SPAN)));
        return Arbitraries.oneOf(
                item.list().ofMinSize(1).ofMaxSize(3).map(items -> new SelectList(items, SPAN)),
                e.map(value -> new SelectValue(value, SPAN)),
                Arbitraries.just(new SelectStar(SPAN)),
                Combinators.combine(e, e)
                        .as((value, key) -> new PivotProjection(value, key, SPAN)));
    }

    private static Arbitrary<ExcludeClause> exclude() {
        Arbitrary<PathStep> step =
                Arbitraries.oneOf(
                        Arbitraries.of(FIELD_NAMES).map(name -> new FieldStep(name, false, SPAN)),
                        quotedNames().map(name -> new FieldStep(name, true, SPAN)),
                        Arbitraries.integers()
                                .between(0, 99)
                                .map(
                                        i ->
                                                new IndexStep(
                                                        new IntLiteral(BigInteger.valueOf(i), SPAN),
                                                        SPAN)),
                        quotedNames().map(k -> new IndexStep(new StringLiteral(k, SPAN), SPAN)),
                        Arbitraries.just(new WildcardStep(SPAN)),
                        Arbitraries.just(new UnpivotStep(SPAN)));
        Arbitrary<ExcludePath> path =
                Combinators.combine(identifier(), step.list().ofMinSize(1).ofMaxSize(3))
                        .as(
                                (root, steps) ->
                                        new ExcludePath(
                                                new VarRef(
                                                        root.name(),
                                                        root.caseSensitive(),
                                                        false,
                                                        SPAN),
                                                steps,
                                                SPAN));
        return path.list().ofMinSize(1).ofMaxSize(2).map(paths -> new ExcludeClause(paths, SPAN));
    }

    private static Arbitrary<FromItem> fromItem(Arbitrary<Expr> e) {
        Arbitrary<FromItem> source =
                Combinators.combine(
                                Arbitraries.of(true, false),
                                e,
                                optionalIdentifier(),
                                optionalIdentifier(),
                                optionalIdentifier())
                        .as(
                                (unpivot, expr, as, at, by) ->
                                        unpivot
                                                ? new FromUnpivot(expr, as, at, by, SPAN)
                                                : new FromScan(expr, as, at, by, SPAN));
        Arbitrary<FromItem> join = join(source, source, e);
        return Arbitraries.frequencyOf(
                Tuple.of(3, source),
                Tuple.of(2, join),
                Tuple.of(1, join(join, Arbitraries.oneOf(source, join), e)));
    }

    private static Arbitrary<FromItem> join(
            Arbitrary<FromItem> left, Arbitrary<FromItem> right, Arbitrary<Expr> e) {
        return Combinators.combine(
                        Arbitraries.of(FromJoin.Kind.class), left, right, e.injectNull(0.5))
                .as((kind, l, r, on) -> new FromJoin(kind, l, r, on, SPAN));
    }

    private static Arbitrary<GroupBy> groupBy(Arbitrary<Expr> e) {
        Arbitrary<GroupKey> key =
                Combinators.combine(e, optionalIdentifier())
                        .as((expr, alias) -> new GroupKey(expr, alias, SPAN));
        return Arbitraries.oneOf(
                Combinators.combine(
                                Arbitraries.of(GroupBy.Strategy.class),
                                key.list().ofMinSize(1).ofMaxSize(2),
                                optionalIdentifier())
                        .as(
                                (strategy, keys, groupAs) ->
                                        new GroupBy(strategy, keys, groupAs, SPAN)),
                optionalIdentifier()
                        .map(
                                groupAs ->
                                        new GroupBy(
                                                GroupBy.Strategy.FULL, List.of(), groupAs, SPAN)));
    }

    private static Arbitrary<OrderBy> orderBy(Arbitrary<Expr> e) {
        Arbitrary<SortSpec> spec =
                Combinators.combine(
                                e,
                                Arbitraries.of(SortSpec.Direction.class).injectNull(0.5),
                                Arbitraries.of(SortSpec.Nulls.class).injectNull(0.5))
                        .as((expr, direction, nulls) -> new SortSpec(expr, direction, nulls, SPAN));
        return spec.list().ofMinSize(1).ofMaxSize(2).map(specs -> new OrderBy(specs, SPAN));
    }

    private static Arbitrary<Expr> setOp(Arbitrary<Expr> e) {
        Arbitrary<Corresponding> corresponding =
                identifier()
                        .list()
                        .ofMaxSize(2)
                        .map(columns -> new Corresponding(columns, SPAN))
                        .injectNull(0.7);
        Arbitrary<SetOpExpr> operation =
                Combinators.combine(
                                Arbitraries.of(SetOpExpr.Kind.class),
                                Arbitraries.of(SetQuantifier.class),
                                Arbitraries.of(true, false),
                                corresponding,
                                e,
                                e)
                        .as(
                                (kind, quantifier, outer, c, left, right) ->
                                        new SetOpExpr(
                                                kind,
                                                quantifier,
                                                outer,
                                                c,
                                                left,
                                                right,
                                                null,
                                                null,
                                                null,
                                                SPAN));
        return Combinators.combine(
                        operation, orderBy(e).injectNull(0.7), e.injectNull(0.7), e.injectNull(0.8))
                .as(
                        (o, orderBy, limit, offset) ->
                                new SetOpExpr(
                                        o.kind(),
                                        o.quantifier(),
                                        o.outer(),
                                        o.corresponding(),
                                        o.left(),
                                        o.right(),
                                        orderBy,
                                        limit,
                                        offset,
                                        SPAN));
    }

    private static Arbitrary<Expr> with(Arbitrary<Expr> e) {
        Arbitrary<WithBinding> binding =
                Combinators.combine(identifier(), e)
                        .as((name, query) -> new WithBinding(name, query, SPAN));
        return Combinators.combine(binding.list().ofMinSize(1).ofMaxSize(2), e)
                .as((bindings, body) -> new With(bindings, body, SPAN));
    }
}
