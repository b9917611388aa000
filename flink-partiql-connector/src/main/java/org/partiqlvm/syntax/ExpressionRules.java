package org.partiqlvm.syntax;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.ArithmeticChainExpr;
import org.partiqlvm.syntax.ast.BagCtor;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.BoolLiteral;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.CallStar;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.Corresponding;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.InExpr;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.IsTypeExpr;
import org.partiqlvm.syntax.ast.LikeExpr;
import org.partiqlvm.syntax.ast.ListCtor;
import org.partiqlvm.syntax.ast.MissingLiteral;
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.Parameter;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SessionAttribute;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.SexpCtor;
import org.partiqlvm.syntax.ast.StructCtor;
import org.partiqlvm.syntax.ast.StructField;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.syntax.ast.Unary;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;

/**
 * Grammar rules for operators (by precedence climbing), prefix operators, path steps and primary
 * expressions: literals, variables, parameters, calls, constructors and parenthesized expressions.
 *
 * <p>Precedence, loosest first: UNION/EXCEPT &lt; INTERSECT &lt; OR &lt; AND &lt; NOT &lt;
 * comparison, IS, IN, LIKE, BETWEEN &lt; {@code ||} &lt; {@code + -} &lt; {@code * / %} &lt; unary
 * {@code + -} &lt; path steps. Binary operators are left-associative.
 */
abstract class ExpressionRules extends SpecialFormRules {

    /** Binding strength of an infix operator; 0 means "not an infix operator". */
    static final int NONE = 0;

    static final int UNION = 1;
    static final int INTERSECT = 2;

    /** The loosest level that may start with a SELECT: the operands of set operations. */
    static final int SET_OPERAND = 3;

    static final int OR = 4;
    static final int AND = 5;
    static final int NOT = 6;
    static final int PREDICATE = 7;
    static final int CONCAT = 8;
    static final int ADDITIVE = 9;
    static final int MULTIPLICATIVE = 10;

    private int parameterCount;

    ExpressionRules(String source) {
        super(source);
    }

    /** True if the next token starts a query block (SELECT, PIVOT or TABLE). */
    final boolean checkQueryBlock() {
        return check(TokenType.SELECT) || check(TokenType.PIVOT) || check(TokenType.TABLE);
    }

    /** A query block: {@code SELECT ...}, {@code PIVOT ...} or {@code TABLE name}. */
    abstract Expr queryBlock();

    /** An expression without set operations: what clauses such as WHERE take. */
    final Expr disjunction() {
        return binary(OR);
    }

    @Override
    final Expr operand() {
        return binary(CONCAT);
    }

    /**
     * An expression whose infix operators all bind at least as tightly as {@code minPrecedence}
     * (precedence climbing). A query block may only start it at the set-operand level, and may only
     * be followed by set operations.
     */
    final Expr binary(int minPrecedence) {
        Token start = peek();
        enterNesting(start);
        int chain = 0;
        try {
            Expr left;
            boolean queryBlock = minPrecedence <= SET_OPERAND && checkQueryBlock();
            left = queryBlock ? queryBlock() : prefix(minPrecedence);
            while (true) {
                int precedence = infixPrecedence();
                if (precedence == NONE
                        || precedence < minPrecedence
                        || queryBlock && precedence > INTERSECT) {
                    return left;
                }
                if (precedence == OR
                        || precedence == AND
                        || precedence == CONCAT
                        || precedence == ADDITIVE
                        || precedence == MULTIPLICATIVE) {
                    left = associativeChain(left, precedence, start);
                    int depth = chainDepth;
                    enter(depth, peek());
                    chain += depth;
                    queryBlock = false;
                    continue;
                }
                enter(1, peek());
                chain++;
                left = infix(left, precedence, start);
                queryBlock = false;
            }
        } finally {
            exit(chain);
            exitNesting();
        }
    }

    /**
     * Chains of an associative operator longer than this are built as a balanced tree, not a
     * left-deep one: a machine-generated {@code a OR b OR ...} of 100,000 terms is 17 levels deep,
     * not 100,000 (which no recursive pass could walk). A longer run of arithmetic operators of one
     * level ({@code + -} or {@code * / %}), whose result does depend on the grouping, becomes one
     * flat {@link ArithmeticChainExpr} meaning exactly the left-deep tree. Shorter chains keep the
     * left-deep shape.
     */
    static final int BALANCED_CHAIN = 64;

    /** How many levels deep the tree of the last {@link #associativeChain} is. */
    private int chainDepth;

    /**
     * A run of {@code left op x op y ...} of one associative operator ({@code OR}, {@code AND},
     * {@code ||}, whose result does not depend on the grouping: the balanced tree evaluates the
     * operands in the same order, with the same short-circuits and the same NULL and MISSING
     * propagation), or of arithmetic operators of one level (a long one becomes an {@link
     * ArithmeticChainExpr}). Its operands are parsed at most {@link #BALANCED_CHAIN} levels deeper
     * than the chain; {@link #chainDepth} says how deep the tree is.
     */
    private Expr associativeChain(Expr left, int precedence, Token start) {
        List<Expr> operands = new ArrayList<>();
        List<SourceSpan> spans = new ArrayList<>();
        List<Binary.Op> ops = new ArrayList<>();
        operands.add(left);
        Binary.Op op = null;
        int entered = 0;
        try {
            while (infixPrecedence() == precedence) {
                if (entered < BALANCED_CHAIN) {
                    enter(1, peek());
                    entered++;
                }
                op = binaryOp(advance());
                ops.add(op);
                operands.add(binary(precedence + 1));
                spans.add(spanFrom(start));
            }
        } finally {
            exit(entered);
        }
        int n = operands.size();
        if (n <= BALANCED_CHAIN + 1) {
            Expr tree = operands.get(0);
            for (int i = 1; i < n; i++) {
                tree = new Binary(ops.get(i - 1), tree, operands.get(i), spans.get(i - 1));
            }
            chainDepth = n - 1;
            return tree;
        }
        if (precedence == ADDITIVE || precedence == MULTIPLICATIVE) {
            chainDepth = 1;
            return new ArithmeticChainExpr(operands, ops, spans, spans.get(spans.size() - 1));
        }
        chainDepth = 32 - Integer.numberOfLeadingZeros(n - 1); // ceil(log2 n)
        return balanced(op, operands, 0, n, spans.get(spans.size() - 1));
    }

    private static Expr balanced(
            Binary.Op op, List<Expr> operands, int from, int to, SourceSpan span) {
        if (to - from == 1) {
            return operands.get(from);
        }
        int mid = (from + to) >>> 1;
        Expr left = balanced(op, operands, from, mid, null);
        Expr right = balanced(op, operands, mid, to, null);
        return new Binary(
                op,
                left,
                right,
                span != null
                        ? span
                        : operands.get(from).span().through(operands.get(to - 1).span()));
    }

    /** The precedence of the infix operator the next token(s) start, or {@link #NONE}. */
    private int infixPrecedence() {
        return switch (peek().type()) {
            case UNION, EXCEPT -> UNION;
            case INTERSECT -> INTERSECT;
            case OUTER ->
                    checkAhead(1, TokenType.INTERSECT)
                            ? INTERSECT
                            : checkAhead(1, TokenType.UNION) || checkAhead(1, TokenType.EXCEPT)
                                    ? UNION
                                    : NONE;
            case OR -> OR;
            case AND -> AND;
            case EQ, NE, LT, LE, GT, GE, OVERLAPS, IS, IN, LIKE, BETWEEN -> PREDICATE;
            case NOT ->
                    checkAhead(1, TokenType.IN)
                                    || checkAhead(1, TokenType.LIKE)
                                    || checkAhead(1, TokenType.BETWEEN)
                            ? PREDICATE
                            : NONE;
            case CONCAT -> CONCAT;
            case PLUS, MINUS -> ADDITIVE;
            case STAR, SLASH, PERCENT -> MULTIPLICATIVE;
            default -> NONE;
        };
    }

    private Expr infix(Expr left, int precedence, Token start) {
        if (precedence <= INTERSECT) {
            return setOperation(left, start);
        }
        if (precedence == PREDICATE) {
            return predicate(left, start);
        }
        Binary.Op op = binaryOp(advance());
        Expr right = binary(precedence + 1);
        return new Binary(op, left, right, spanFrom(start));
    }

    private static Binary.Op binaryOp(Token operator) {
        return switch (operator.type()) {
            case OR -> Binary.Op.OR;
            case AND -> Binary.Op.AND;
            case CONCAT -> Binary.Op.CONCAT;
            case PLUS -> Binary.Op.ADD;
            case MINUS -> Binary.Op.SUB;
            case STAR -> Binary.Op.MUL;
            case SLASH -> Binary.Op.DIV;
            case PERCENT -> Binary.Op.MOD;
            default -> throw new IllegalStateException("not a binary operator: " + operator);
        };
    }

    /**
     * {@code left [OUTER] UNION|INTERSECT|EXCEPT [ALL|DISTINCT] [CORRESPONDING [BY (names)]]
     * right}. INTERSECT binds tighter than UNION and EXCEPT.
     */
    private SetOpExpr setOperation(Expr left, Token start) {
        boolean outer = match(TokenType.OUTER);
        Token operator = advance();
        SetOpExpr.Kind kind =
                switch (operator.type()) {
                    case UNION -> SetOpExpr.Kind.UNION;
                    case INTERSECT -> SetOpExpr.Kind.INTERSECT;
                    default -> SetOpExpr.Kind.EXCEPT;
                };
        SetQuantifier quantifier = SetQuantifier.DISTINCT;
        if (match(TokenType.ALL)) {
            quantifier = SetQuantifier.ALL;
        } else {
            match(TokenType.DISTINCT);
        }
        Corresponding corresponding = check(TokenType.CORRESPONDING) ? corresponding() : null;
        Expr right = binary(kind == SetOpExpr.Kind.INTERSECT ? SET_OPERAND : INTERSECT);
        return new SetOpExpr(
                kind,
                quantifier,
                outer,
                corresponding,
                left,
                right,
                null,
                null,
                null,
                spanFrom(start));
    }

    /** {@code CORRESPONDING [BY (name, ...)]}. */
    private Corresponding corresponding() {
        Token start = advance();
        List<Identifier> columns = new ArrayList<>();
        if (match(TokenType.BY)) {
            consume(TokenType.LEFT_PAREN);
            do {
                columns.add(identifier("a field name"));
            } while (match(TokenType.COMMA));
            consume(TokenType.RIGHT_PAREN);
        }
        return new Corresponding(columns, spanFrom(start));
    }

    /**
     * True when an IN operand was one parenthesized expression that is not a query, such as the
     * {@code (5)} of {@code x IN (5)} (but not {@code (a, b)}, {@code (SELECT ...)}, a table
     * constructor {@code (VALUES ...)}, or {@code (arr)[0]}, whose node starts at the parenthesis).
     */
    private boolean isParenthesizedElement(Token open, Expr operand) {
        return open.type() == TokenType.LEFT_PAREN
                && previous().type() == TokenType.RIGHT_PAREN
                && operand.span().offset() > open.span().offset()
                && !(operand instanceof Select)
                && !(operand instanceof SetOpExpr)
                && !(operand instanceof BagCtor);
    }

    /**
     * The predicates: {@code IS [NOT] type}, {@code [NOT] IN}, {@code [NOT] LIKE ... [ESCAPE ...]},
     * {@code [NOT] BETWEEN ... AND ...}, the comparisons and OVERLAPS. Their right operands bind
     * tighter ({@code ||} and above).
     */
    private Expr predicate(Expr left, Token start) {
        if (match(TokenType.IS)) {
            boolean not = match(TokenType.NOT);
            TypeName type = typeName();
            return new IsTypeExpr(left, type, not, spanFrom(start));
        }
        boolean not = match(TokenType.NOT);
        if (match(TokenType.IN)) {
            Token open = peek();
            Expr collection = operand();
            if (isParenthesizedElement(open, collection)) {
                // x IN (5) means x IN [5], as in SQL's IN list (the suite's inPredicateSingleItem)
                collection = new ListCtor(List.of(collection), spanFrom(open));
            }
            return new InExpr(left, collection, not, spanFrom(start));
        }
        if (match(TokenType.LIKE)) {
            Expr pattern = operand();
            Expr escape = match(TokenType.ESCAPE) ? operand() : null;
            return new LikeExpr(left, pattern, escape, not, spanFrom(start));
        }
        if (match(TokenType.BETWEEN)) {
            Expr low = operand();
            consume(TokenType.AND);
            Expr high = operand();
            return new BetweenExpr(left, low, high, not, spanFrom(start));
        }
        Token operator = advance();
        Binary.Op op =
                switch (operator.type()) {
                    case EQ -> Binary.Op.EQ;
                    case NE -> Binary.Op.NE;
                    case LT -> Binary.Op.LT;
                    case LE -> Binary.Op.LE;
                    case GT -> Binary.Op.GT;
                    case GE -> Binary.Op.GE;
                    case OVERLAPS -> Binary.Op.OVERLAPS;
                    default -> throw new IllegalStateException("not a comparison: " + operator);
                };
        Expr right = operand();
        return new Binary(op, left, right, spanFrom(start));
    }

    /**
     * The prefix operators, then a primary with its path steps. A run of {@code NOT}s (or of {@code
     * +}/{@code -}) is read in a loop, not by recursion; {@code NOT} is allowed only where the
     * precedence admits it ({@code a = NOT b} is an error).
     */
    private Expr prefix(int minPrecedence) {
        if (check(TokenType.NOT)) {
            if (minPrecedence > NOT) {
                throw expected(
                        "an expression", "NOT binds looser than this operator; add parentheses");
            }
            return prefixRun(TokenType.NOT);
        }
        if (check(TokenType.PLUS) || check(TokenType.MINUS)) {
            return prefixRun(null);
        }
        return postfix();
    }

    /** A run of NOTs ({@code type} NOT) or of signs ({@code type} null) and their operand. */
    private Expr prefixRun(TokenType type) {
        List<Token> operators = new ArrayList<>();
        try {
            while (type == null ? check(TokenType.PLUS) || check(TokenType.MINUS) : check(type)) {
                enter(1, peek());
                operators.add(advance());
            }
            Expr operand = type == null ? postfix() : binary(PREDICATE);
            for (int i = operators.size() - 1; i >= 0; i--) {
                Token operator = operators.get(i);
                Unary.Op op =
                        switch (operator.type()) {
                            case NOT -> Unary.Op.NOT;
                            case PLUS -> Unary.Op.PLUS;
                            default -> Unary.Op.MINUS;
                        };
                operand = new Unary(op, operand, spanFrom(operator));
            }
            return operand;
        } finally {
            exit(operators.size());
        }
    }

    /**
     * A primary followed by path steps: {@code .name}, {@code ."Name"}, {@code .*}, {@code [e]}.
     */
    private Expr postfix() {
        Token start = peek();
        Expr primary = primary();
        List<PathStep> steps = new ArrayList<>();
        while (true) {
            Token stepStart = peek();
            if (match(TokenType.DOT)) {
                steps.add(dotStep(stepStart));
            } else if (match(TokenType.LEFT_BRACKET)) {
                if (match(TokenType.STAR)) {
                    consume(TokenType.RIGHT_BRACKET);
                    steps.add(new WildcardStep(spanFrom(stepStart)));
                } else {
                    Expr index = expression();
                    consume(TokenType.RIGHT_BRACKET);
                    steps.add(new IndexStep(index, spanFrom(stepStart)));
                }
            } else {
                break;
            }
        }
        return steps.isEmpty() ? primary : new Path(primary, steps, spanFrom(start));
    }

    /** After a '.': a field name ({@code a}, {@code "A"}, {@code 'a'}) or {@code *}. */
    final PathStep dotStep(Token dot) {
        if (match(TokenType.STAR)) {
            return new UnpivotStep(spanFrom(dot));
        }
        if (check(TokenType.STRING)) {
            return new FieldStep(unquote(advance().text(), '\''), true, spanFrom(dot));
        }
        if (!checkName() && !checkFieldNameAfterDot()) {
            throw nameExpected("a field name or '*' after '.'");
        }
        Token name = advance();
        return name.type() == TokenType.QUOTED_IDENTIFIER
                ? new FieldStep(unquote(name.text(), '"'), true, spanFrom(dot))
                : new FieldStep(name.text(), false, spanFrom(dot));
    }

    /**
     * True if the next token is a reserved word that may still name a field after a dot (see {@link
     * Keywords#isFieldNameAfterDot}).
     */
    private boolean checkFieldNameAfterDot() {
        Token token = peek();
        return (token.type() == TokenType.IDENTIFIER || token.type().isKeyword())
                && Keywords.isFieldNameAfterDot(token.text());
    }

    /** Literals, names, calls, constructors, special forms and parenthesized expressions. */
    private Expr primary() {
        Token token = peek();
        switch (token.type()) {
            case INTEGER, DECIMAL, STRING, ION_LITERAL -> {
                return literalToken(advance());
            }
            case NULL -> {
                return new NullLiteral(advance().span());
            }
            case MISSING -> {
                return new MissingLiteral(advance().span());
            }
            case TRUE, FALSE -> {
                return new BoolLiteral(advance().type() == TokenType.TRUE, token.span());
            }
            case QUESTION_MARK -> {
                return new Parameter(++parameterCount, advance().span());
            }
            case AT_SIGN -> {
                return localVariable();
            }
            case IDENTIFIER -> {
                if (checkAhead(1, TokenType.LEFT_PAREN)) {
                    return call();
                }
                SessionAttribute.Attribute attribute = sessionAttribute(token);
                if (attribute != null) {
                    return new SessionAttribute(attribute, advance().span());
                }
                if (Keywords.isReserved(token.text())) {
                    throw nameExpected("an expression");
                }
                return new VarRef(advance().text(), false, false, token.span());
            }
            case QUOTED_IDENTIFIER -> {
                return new VarRef(unquote(advance().text(), '"'), true, false, token.span());
            }
            case LEFT_PAREN -> {
                return parenthesized();
            }
            case LEFT_BRACKET -> {
                advance();
                return new ListCtor(elements(TokenType.RIGHT_BRACKET), spanFrom(token));
            }
            case BAG_OPEN -> {
                advance();
                return new BagCtor(elements(TokenType.BAG_CLOSE), spanFrom(token));
            }
            case LEFT_BRACE -> {
                return struct();
            }
            case LIST, SEXP, BAG -> {
                return sequenceConstructor();
            }
            case VALUES -> {
                return values();
            }
            default -> {
                return keywordPrimary(token);
            }
        }
    }

    /** The primaries that start with a keyword: special forms and typed literals. */
    private Expr keywordPrimary(Token token) {
        switch (token.type()) {
            case CASE -> {
                return caseExpression(advance());
            }
            case CAST -> {
                return cast(advance(), CastExpr.Kind.CAST);
            }
            case CAN_CAST -> {
                return cast(advance(), CastExpr.Kind.CAN_CAST);
            }
            case CAN_LOSSLESS_CAST -> {
                return cast(advance(), CastExpr.Kind.CAN_LOSSLESS_CAST);
            }
            case TRIM -> {
                return trim(advance());
            }
            case SUBSTRING -> {
                return substring(advance());
            }
            case POSITION -> {
                return position(advance());
            }
            case OVERLAY -> {
                return overlay(advance());
            }
            case EXTRACT -> {
                return extract(advance());
            }
            case DATE_ADD -> {
                return dateAdd(advance());
            }
            case DATE_DIFF -> {
                return dateDiff(advance());
            }
            case DATE -> {
                return dateLiteral(advance());
            }
            case TIME -> {
                return timeLiteral(advance());
            }
            case TIMESTAMP -> {
                return timestampLiteral(advance());
            }
            case INTERVAL -> {
                return intervalLiteral(advance());
            }
            case LEFT, RIGHT -> {
                // the join keywords also name the string functions LEFT(s, n) and RIGHT(s, n)
                if (checkAhead(1, TokenType.LEFT_PAREN)) {
                    return call();
                }
                throw expected("an expression");
            }
            case SELECT, PIVOT, TABLE ->
                    throw expected("an expression", "put a subquery here in parentheses");
            default -> throw expected("an expression");
        }
    }

    /** The session attribute {@code token} spells (CURRENT_USER, ...), or null. */
    private static SessionAttribute.Attribute sessionAttribute(Token token) {
        for (SessionAttribute.Attribute attribute : SessionAttribute.Attribute.values()) {
            if (token.isWord(attribute.name())) {
                return attribute;
            }
        }
        return null;
    }

    /** {@code @name}: a variable looked up in the local scope first. */
    private VarRef localVariable() {
        Token at = advance();
        if (!checkName()) {
            throw nameExpected("a variable name after '@'");
        }
        Token name = advance();
        boolean quoted = name.type() == TokenType.QUOTED_IDENTIFIER;
        String text = quoted ? unquote(name.text(), '"') : name.text();
        return new VarRef(text, quoted, true, spanFrom(at));
    }

    /**
     * {@code name(args)}, {@code name()}, {@code name(*)} or {@code name(DISTINCT|ALL args)}. Any
     * identifier can name a function, reserved words included ({@code UPPER}, {@code COUNT}).
     */
    private Expr call() {
        Token name = advance();
        consume(TokenType.LEFT_PAREN);
        if (match(TokenType.RIGHT_PAREN)) {
            return new CallExpr(name.text(), null, List.of(), spanFrom(name));
        }
        if (check(TokenType.STAR) && checkAhead(1, TokenType.RIGHT_PAREN)) {
            advance();
            advance();
            return new CallStar(name.text(), spanFrom(name));
        }
        SetQuantifier quantifier = null;
        if (match(TokenType.DISTINCT)) {
            quantifier = SetQuantifier.DISTINCT;
        } else if (match(TokenType.ALL)) {
            quantifier = SetQuantifier.ALL;
        }
        List<Expr> args = new ArrayList<>();
        do {
            args.add(expression());
        } while (match(TokenType.COMMA));
        consume(TokenType.RIGHT_PAREN);
        return new CallExpr(name.text(), quantifier, args, spanFrom(name));
    }

    /** {@code (e)} is {@code e}; {@code (a, b, ...)} is a list. {@code ()} is an error. */
    private Expr parenthesized() {
        Token open = advance();
        if (check(TokenType.RIGHT_PAREN)) {
            throw expected("an expression");
        }
        Expr first = expression();
        if (!check(TokenType.COMMA)) {
            consume(TokenType.RIGHT_PAREN);
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (match(TokenType.COMMA)) {
            elements.add(expression());
        }
        consume(TokenType.RIGHT_PAREN);
        return new ListCtor(elements, spanFrom(open));
    }

    /** Comma-separated expressions up to {@code close}, which is consumed; may be empty. */
    private List<Expr> elements(TokenType close) {
        List<Expr> elements = new ArrayList<>();
        if (match(close)) {
            return elements;
        }
        do {
            elements.add(expression());
        } while (match(TokenType.COMMA));
        consume(close);
        return elements;
    }

    /** {@code {key: value, ...}}, possibly empty; keys are expressions. */
    private StructCtor struct() {
        Token open = advance();
        List<StructField> fields = new ArrayList<>();
        if (!match(TokenType.RIGHT_BRACE)) {
            do {
                Token fieldStart = peek();
                Expr key = expression();
                consume(TokenType.COLON);
                Expr value = expression();
                fields.add(new StructField(key, value, spanFrom(fieldStart)));
            } while (match(TokenType.COMMA));
            consume(TokenType.RIGHT_BRACE);
        }
        return new StructCtor(fields, spanFrom(open));
    }

    /** {@code LIST(...)}, {@code SEXP(...)} or {@code BAG(...)}. */
    private Expr sequenceConstructor() {
        Token keyword = advance();
        consume(TokenType.LEFT_PAREN);
        List<Expr> elements = elements(TokenType.RIGHT_PAREN);
        SourceSpan span = spanFrom(keyword);
        return switch (keyword.type()) {
            case LIST -> new ListCtor(elements, span);
            case SEXP -> new SexpCtor(elements, span);
            default -> new BagCtor(elements, span);
        };
    }

    /** {@code VALUES (a, b), (c, d)}: a bag of list rows. */
    private BagCtor values() {
        Token keyword = advance();
        List<Expr> rows = new ArrayList<>();
        do {
            Token open = consume(TokenType.LEFT_PAREN);
            rows.add(new ListCtor(elements(TokenType.RIGHT_PAREN), spanFrom(open)));
        } while (check(TokenType.COMMA)
                && checkAhead(1, TokenType.LEFT_PAREN)
                && match(TokenType.COMMA));
        return new BagCtor(rows, spanFrom(keyword));
    }
}
