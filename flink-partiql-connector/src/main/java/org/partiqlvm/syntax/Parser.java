package org.partiqlvm.syntax;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.ExcludeClause;
import org.partiqlvm.syntax.ast.ExcludePath;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FromItem;
import org.partiqlvm.syntax.ast.FromJoin;
import org.partiqlvm.syntax.ast.FromScan;
import org.partiqlvm.syntax.ast.FromUnpivot;
import org.partiqlvm.syntax.ast.GroupBy;
import org.partiqlvm.syntax.ast.GroupKey;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.LetBinding;
import org.partiqlvm.syntax.ast.OrderBy;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.PivotProjection;
import org.partiqlvm.syntax.ast.Projection;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItem;
import org.partiqlvm.syntax.ast.SelectItemAll;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.SelectStar;
import org.partiqlvm.syntax.ast.SelectValue;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.SortSpec;
import org.partiqlvm.syntax.ast.Statement;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;
import org.partiqlvm.syntax.ast.With;
import org.partiqlvm.syntax.ast.WithBinding;

/**
 * The PartiQL parser: turns statement text into a {@link Statement} syntax tree, or throws a {@link
 * ParseException} that says where and what was expected. Nothing else escapes it: nesting is
 * bounded (see {@link TokenCursor#MAX_DEPTH}) and every literal is checked.
 *
 * <pre>{@code
 * Statement statement = Parser.parse("SELECT VALUE t.a FROM t WHERE t.b > 1");
 * Expr expr = Parser.parseExpression("a.b[0] || 'x'");
 * }</pre>
 *
 * <p>This class holds the query rules (one method per rule, named after it); the expression rules
 * are in {@link ExpressionRules}, {@link SpecialFormRules} and {@link LiteralRules}.
 */
public final class Parser extends ExpressionRules {

    private Parser(String source) {
        super(source);
    }

    /**
     * Parses a whole statement (an optional trailing {@code ;} is allowed).
     *
     * @throws ParseException if {@code text} is not a valid PartiQL statement
     */
    public static Statement parse(String text) {
        Parser parser = new Parser(text);
        try {
            Token start = parser.peek();
            Expr query = parser.expression();
            parser.match(TokenType.SEMICOLON);
            parser.endOfInput();
            return new QueryStatement(query, start.span().through(query.span()));
        } catch (StackOverflowError e) {
            throw parser.stackExhausted();
        }
    }

    /**
     * Parses a single expression, which must make up all of {@code text}.
     *
     * @throws ParseException if {@code text} is not a valid PartiQL expression
     */
    public static Expr parseExpression(String text) {
        Parser parser = new Parser(text);
        try {
            Expr expr = parser.expression();
            parser.endOfInput();
            return expr;
        } catch (StackOverflowError e) {
            throw parser.stackExhausted();
        }
    }

    /**
     * The error when the stack runs out before {@link #MAX_NESTING} is reached, which can only
     * happen on a thread that was called with little stack left. The parser keeps no state beyond
     * this call, so giving up here is safe.
     */
    private ParseException stackExhausted() {
        return tooDeep(peek(), MAX_NESTING);
    }

    private void endOfInput() {
        if (!isAtEnd()) {
            throw expected("end of input");
        }
    }

    // ---- queries ------------------------------------------------------------------------------

    /**
     * A full expression: set operations over query blocks and expressions, then {@code ORDER BY},
     * {@code LIMIT} and {@code OFFSET}, which belong to the query block or the set operation before
     * them.
     */
    @Override
    Expr expression() {
        if (check(TokenType.WITH)) {
            return with();
        }
        Expr query = binary(UNION);
        if (!check(TokenType.ORDER) && !check(TokenType.LIMIT) && !check(TokenType.OFFSET)) {
            return query;
        }
        Token clause = peek();
        OrderBy orderBy = check(TokenType.ORDER) ? orderBy() : null;
        Expr limit = match(TokenType.LIMIT) ? disjunction() : null;
        Expr offset = match(TokenType.OFFSET) ? disjunction() : null;
        SourceSpan span = query.span().through(previous().span());
        if (query instanceof Select s
                && s.orderBy() == null
                && s.limit() == null
                && s.offset() == null) {
            return new Select(
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
                    span);
        }
        if (query instanceof SetOpExpr o
                && o.orderBy() == null
                && o.limit() == null
                && o.offset() == null) {
            return new SetOpExpr(
                    o.kind(),
                    o.quantifier(),
                    o.outer(),
                    o.corresponding(),
                    o.left(),
                    o.right(),
                    orderBy,
                    limit,
                    offset,
                    span);
        }
        throw errorAt(
                clause,
                clause.text().toUpperCase(java.util.Locale.ROOT)
                        + " must follow a SELECT or a set operation (and appear once)");
    }

    /** {@code WITH name AS (query), ... query}. */
    private With with() {
        Token start = advance();
        List<WithBinding> bindings = new ArrayList<>();
        do {
            Token bindingStart = peek();
            Identifier name = identifier("a name for the WITH query");
            consume(TokenType.AS);
            consume(TokenType.LEFT_PAREN);
            Expr query = expression();
            consume(TokenType.RIGHT_PAREN);
            bindings.add(new WithBinding(name, query, spanFrom(bindingStart)));
        } while (match(TokenType.COMMA));
        Expr body = expression();
        return new With(bindings, body, spanFrom(start));
    }

    @Override
    Expr queryBlock() {
        if (check(TokenType.TABLE)) {
            return table();
        }
        return selectFromWhere();
    }

    /** {@code TABLE expr}: short for {@code SELECT * FROM expr}. */
    private Select table() {
        Token keyword = advance();
        Expr source = disjunction();
        return new Select(
                SetQuantifier.ALL,
                new SelectStar(keyword.span()),
                null,
                new FromScan(source, null, null, null, source.span()),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                spanFrom(keyword));
    }

    /**
     * {@code SELECT [ALL|DISTINCT] projection | PIVOT value AT key}, then {@code [EXCLUDE ...]
     * [FROM ...] [LET ...] [WHERE ...] [GROUP ...] [HAVING ...]}. FROM is optional after SELECT.
     */
    private Select selectFromWhere() {
        Token start = advance();
        SetQuantifier quantifier = SetQuantifier.ALL;
        Projection projection;
        if (start.type() == TokenType.PIVOT) {
            Expr value = disjunction();
            consume(TokenType.AT);
            Expr key = disjunction();
            projection = new PivotProjection(value, key, spanFrom(start));
        } else {
            if (match(TokenType.DISTINCT)) {
                quantifier = SetQuantifier.DISTINCT;
            } else {
                match(TokenType.ALL);
            }
            projection = projection();
        }
        ExcludeClause exclude = check(TokenType.EXCLUDE) ? exclude() : null;
        FromItem from = null;
        if (match(TokenType.FROM)) {
            from = tableReference();
        } else if (start.type() == TokenType.PIVOT) {
            throw expected("FROM");
        }
        List<LetBinding> let = check(TokenType.LET) ? let() : List.of();
        Expr where = match(TokenType.WHERE) ? disjunction() : null;
        GroupBy groupBy = check(TokenType.GROUP) ? groupBy() : null;
        Expr having = match(TokenType.HAVING) ? disjunction() : null;
        return new Select(
                quantifier,
                projection,
                exclude,
                from,
                let,
                where,
                groupBy,
                having,
                null,
                null,
                null,
                spanFrom(start));
    }

    /** {@code VALUE expr}, {@code *}, or a list of items. */
    private Projection projection() {
        Token start = peek();
        if (match(TokenType.VALUE)) {
            return new SelectValue(disjunction(), spanFrom(start));
        }
        if (match(TokenType.STAR)) {
            if (check(TokenType.COMMA)) {
                throw errorAt(start, "'*' cannot be combined with other select items");
            }
            return new SelectStar(start.span());
        }
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(selectItem());
        } while (match(TokenType.COMMA));
        return new SelectList(items, spanFrom(start));
    }

    /** {@code expr [[AS] alias]} or {@code expr.*}. */
    private SelectItem selectItem() {
        Token start = peek();
        if (check(TokenType.STAR)) {
            throw errorAt(start, "'*' cannot be combined with other select items");
        }
        Expr expr = disjunction();
        if (expr instanceof Path path
                && path.steps().get(path.steps().size() - 1) instanceof UnpivotStep) {
            if (check(TokenType.AS)) {
                throw errorAt(peek(), "a '.*' select item cannot have an alias");
            }
            List<PathStep> steps = path.steps();
            Expr source =
                    steps.size() == 1
                            ? path.root()
                            : new Path(
                                    path.root(),
                                    steps.subList(0, steps.size() - 1),
                                    path.span().through(steps.get(steps.size() - 2).span()));
            return new SelectItemAll(source, spanFrom(start));
        }
        Identifier alias = optionalAlias();
        return new SelectItemExpr(expr, alias, spanFrom(start));
    }

    /** {@code AS name}, or a bare name (not a reserved word), or nothing. */
    private Identifier optionalAlias() {
        if (match(TokenType.AS)) {
            return identifier("an alias after AS");
        }
        return checkName() ? identifier("an alias") : null;
    }

    // ---- EXCLUDE ------------------------------------------------------------------------------

    /** {@code EXCLUDE path, ...}. */
    private ExcludeClause exclude() {
        Token start = advance();
        List<ExcludePath> paths = new ArrayList<>();
        do {
            paths.add(excludePath());
        } while (match(TokenType.COMMA));
        return new ExcludeClause(paths, spanFrom(start));
    }

    /**
     * {@code name step...} where a step is {@code .f}, {@code ."F"}, {@code .*}, {@code [1]},
     * {@code ['f']} or {@code [*]}.
     */
    private ExcludePath excludePath() {
        Token start = peek();
        if (!checkName()) {
            throw nameExpected("a variable name");
        }
        Token name = advance();
        boolean quoted = name.type() == TokenType.QUOTED_IDENTIFIER;
        VarRef root =
                new VarRef(
                        quoted ? unquote(name.text(), '"') : name.text(),
                        quoted,
                        false,
                        name.span());
        List<PathStep> steps = new ArrayList<>();
        while (check(TokenType.DOT) || check(TokenType.LEFT_BRACKET)) {
            Token stepStart = advance();
            if (stepStart.type() == TokenType.DOT) {
                steps.add(dotStep(stepStart));
            } else if (match(TokenType.STAR)) {
                consume(TokenType.RIGHT_BRACKET);
                steps.add(new WildcardStep(spanFrom(stepStart)));
            } else if (check(TokenType.INTEGER) || check(TokenType.STRING)) {
                Expr index = literalToken(advance());
                consume(TokenType.RIGHT_BRACKET);
                steps.add(new IndexStep(index, spanFrom(stepStart)));
            } else {
                throw expected("an integer, a string or '*'");
            }
        }
        if (steps.isEmpty()) {
            throw expected("'.' or '[' (an EXCLUDE path needs a step)");
        }
        return new ExcludePath(root, steps, spanFrom(start));
    }

    // ---- FROM ---------------------------------------------------------------------------------

    /**
     * {@code item ((',' | [INNER|LEFT|RIGHT|FULL] [OUTER] CROSS JOIN) item | [INNER | LEFT [OUTER]
     * | RIGHT [OUTER] | FULL [OUTER]] JOIN item ON condition)*}, left-associative.
     */
    private FromItem tableReference() {
        Token start = peek();
        FromItem left = fromItem();
        int chain = 0;
        try {
            while (true) {
                if (match(TokenType.COMMA)) {
                    enter(1, previous());
                    chain++;
                    FromItem right = fromItem();
                    left = new FromJoin(FromJoin.Kind.INNER, left, right, null, spanFrom(start));
                } else if (checkJoin()) {
                    enter(1, peek());
                    chain++;
                    left = join(left, start);
                } else {
                    return left;
                }
            }
        } finally {
            exit(chain);
        }
    }

    private boolean checkJoin() {
        return switch (peek().type()) {
            case JOIN, CROSS, INNER, LEFT, RIGHT, FULL -> true;
            case OUTER -> checkAhead(1, TokenType.JOIN) || checkAhead(1, TokenType.CROSS);
            default -> false;
        };
    }

    /** One join step after {@code left}; the join keywords come next. */
    private FromJoin join(FromItem left, Token start) {
        FromJoin.Kind kind = FromJoin.Kind.INNER;
        if (match(TokenType.LEFT)) {
            kind = FromJoin.Kind.LEFT;
        } else if (match(TokenType.RIGHT)) {
            kind = FromJoin.Kind.RIGHT;
        } else if (match(TokenType.FULL)) {
            kind = FromJoin.Kind.FULL;
        } else if (check(TokenType.OUTER)) {
            kind = FromJoin.Kind.FULL;
        } else {
            match(TokenType.INNER);
        }
        match(TokenType.OUTER);
        if (match(TokenType.CROSS)) {
            consume(TokenType.JOIN);
            FromItem right = fromItem();
            if (check(TokenType.ON)) {
                throw errorAt(peek(), "a CROSS JOIN takes no ON condition");
            }
            return new FromJoin(kind, left, right, null, spanFrom(start));
        }
        consume(TokenType.JOIN);
        FromItem right = fromItem();
        consume(TokenType.ON);
        Expr on = disjunction();
        return new FromJoin(kind, left, right, on, spanFrom(start));
    }

    /**
     * {@code [LATERAL] expr [[AS] v] [AT i] [BY k]}, {@code UNPIVOT expr [[AS] v] [AT k] [BY b]},
     * or a parenthesized join.
     */
    private FromItem fromItem() {
        Token start = peek();
        if (match(TokenType.UNPIVOT)) {
            Expr expr = disjunction();
            Identifier as = optionalAlias();
            Identifier at = match(TokenType.AT) ? identifier("a variable name after AT") : null;
            Identifier by = match(TokenType.BY) ? identifier("a variable name after BY") : null;
            return new FromUnpivot(expr, as, at, by, spanFrom(start));
        }
        match(TokenType.LATERAL);
        if (check(TokenType.LEFT_PAREN) && isParenthesizedJoin()) {
            enterNesting(start);
            try {
                advance();
                FromItem inner = tableReference();
                consume(TokenType.RIGHT_PAREN);
                return inner;
            } finally {
                exitNesting();
            }
        }
        Expr expr = disjunction();
        Identifier as = optionalAlias();
        Identifier at = match(TokenType.AT) ? identifier("a variable name after AT") : null;
        Identifier by = match(TokenType.BY) ? identifier("a variable name after BY") : null;
        return new FromScan(expr, as, at, by, spanFrom(start));
    }

    /**
     * Whether the '(' ahead opens a join, as in {@code FROM (a JOIN b ON c)} or {@code ((a CROSS
     * JOIN b))}, rather than an expression such as {@code (SELECT ...)} or {@code (x).y}: a JOIN or
     * CROSS directly inside it, or inside the parentheses it starts with. One linear scan; a SELECT
     * or PIVOT hides what follows it (a subquery's own joins).
     */
    private boolean isParenthesizedJoin() {
        int start = position();
        int run = 0;
        while (tokenAt(start + run).type() == TokenType.LEFT_PAREN) {
            run++;
        }
        int depth = 0;
        int joinDepth = run;
        for (int i = start; ; i++) {
            switch (tokenAt(i).type()) {
                case EOF -> {
                    return false;
                }
                case LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE, BAG_OPEN -> depth++;
                case RIGHT_PAREN, RIGHT_BRACKET, RIGHT_BRACE, BAG_CLOSE -> {
                    depth--;
                    joinDepth = Math.min(joinDepth, depth);
                    if (depth <= 0) {
                        return false;
                    }
                }
                case JOIN, CROSS -> {
                    if (depth <= joinDepth) {
                        return true;
                    }
                }
                case SELECT, PIVOT -> {
                    joinDepth = Math.min(joinDepth, depth - 1);
                    if (joinDepth <= 0) {
                        return false;
                    }
                }
                default -> {}
            }
        }
    }

    // ---- LET, GROUP BY, ORDER BY --------------------------------------------------------------

    /** {@code LET expr AS name, ...}. */
    private List<LetBinding> let() {
        advance();
        List<LetBinding> bindings = new ArrayList<>();
        do {
            Token start = peek();
            Expr expr = disjunction();
            consume(TokenType.AS);
            Identifier name = identifier("a variable name after AS");
            bindings.add(new LetBinding(expr, name, spanFrom(start)));
        } while (match(TokenType.COMMA));
        return bindings;
    }

    /**
     * {@code GROUP [PARTIAL] BY key [AS alias], ... [GROUP AS name]} or {@code GROUP ALL [AS
     * name]}.
     */
    private GroupBy groupBy() {
        Token start = advance();
        if (match(TokenType.ALL)) {
            Identifier groupAs =
                    match(TokenType.AS) ? identifier("a variable name after AS") : null;
            return new GroupBy(GroupBy.Strategy.FULL, List.of(), groupAs, spanFrom(start));
        }
        GroupBy.Strategy strategy =
                match(TokenType.PARTIAL) ? GroupBy.Strategy.PARTIAL : GroupBy.Strategy.FULL;
        consume(TokenType.BY);
        List<GroupKey> keys = new ArrayList<>();
        do {
            Token keyStart = peek();
            Expr expr = disjunction();
            Identifier alias = match(TokenType.AS) ? identifier("an alias after AS") : null;
            keys.add(new GroupKey(expr, alias, spanFrom(keyStart)));
        } while (match(TokenType.COMMA));
        Identifier groupAs = null;
        if (check(TokenType.GROUP) && checkAhead(1, TokenType.AS)) {
            advance();
            advance();
            groupAs = identifier("a variable name after GROUP AS");
        }
        return new GroupBy(strategy, keys, groupAs, spanFrom(start));
    }

    /** {@code ORDER BY expr [ASC|DESC] [NULLS FIRST|LAST], ...}. */
    private OrderBy orderBy() {
        Token start = advance();
        consume(TokenType.BY);
        List<SortSpec> specs = new ArrayList<>();
        do {
            Token specStart = peek();
            Expr expr = disjunction();
            SortSpec.Direction direction = null;
            if (match(TokenType.ASC)) {
                direction = SortSpec.Direction.ASC;
            } else if (match(TokenType.DESC)) {
                direction = SortSpec.Direction.DESC;
            }
            SortSpec.Nulls nulls = null;
            if (match(TokenType.NULLS)) {
                if (match(TokenType.FIRST)) {
                    nulls = SortSpec.Nulls.FIRST;
                } else if (match(TokenType.LAST)) {
                    nulls = SortSpec.Nulls.LAST;
                } else {
                    throw expected("FIRST or LAST");
                }
            }
            specs.add(new SortSpec(expr, direction, nulls, spanFrom(specStart)));
        } while (match(TokenType.COMMA));
        return new OrderBy(specs, spanFrom(start));
    }
}
