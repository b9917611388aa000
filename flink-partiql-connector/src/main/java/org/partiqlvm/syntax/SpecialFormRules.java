package org.partiqlvm.syntax;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.syntax.ast.Case;
import org.partiqlvm.syntax.ast.CaseArm;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.DateAdd;
import org.partiqlvm.syntax.ast.DateDiff;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Extract;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Substring;
import org.partiqlvm.syntax.ast.Trim;
import org.partiqlvm.syntax.ast.TypeName;

/**
 * Grammar rules for the expressions with their own syntax: CASE, the casts, and the SQL special
 * forms whose arguments are separated by keywords (TRIM, SUBSTRING, POSITION, OVERLAY, EXTRACT)
 * plus DATE_ADD and DATE_DIFF, whose first argument is a datetime field.
 *
 * <p>Each rule is entered with its leading keyword already consumed, passed as {@code start}.
 */
abstract class SpecialFormRules extends LiteralRules {

    SpecialFormRules(String source) {
        super(source);
    }

    /** A full expression (including set operations and subqueries). */
    abstract Expr expression();

    /**
     * An expression above the predicate level: no comparison, IN, LIKE, BETWEEN, IS, NOT, AND or OR
     * at its top (so that {@code POSITION(a IN b)} does not read {@code a IN b} as a predicate).
     */
    abstract Expr operand();

    /**
     * {@code CASE [operand] WHEN a THEN b ... [ELSE c] END}. With an operand it is a simple CASE,
     * which compares the operand with each WHEN value; without, each WHEN is a condition.
     */
    final Case caseExpression(Token start) {
        Expr operand = null;
        if (check(TokenType.ELSE) || check(TokenType.END)) {
            throw expected("WHEN");
        }
        if (!check(TokenType.WHEN)) {
            operand = expression();
        }
        List<CaseArm> whens = new ArrayList<>();
        do {
            Token when = consume(TokenType.WHEN);
            Expr condition = expression();
            consume(TokenType.THEN);
            Expr result = expression();
            whens.add(new CaseArm(condition, result, spanFrom(when)));
        } while (check(TokenType.WHEN));
        Expr otherwise = match(TokenType.ELSE) ? expression() : null;
        consume(TokenType.END);
        return new Case(operand, whens, otherwise, spanFrom(start));
    }

    /** {@code CAST(value AS type)}, {@code CAN_CAST(...)} or {@code CAN_LOSSLESS_CAST(...)}. */
    final CastExpr cast(Token start, CastExpr.Kind kind) {
        consume(TokenType.LEFT_PAREN);
        Expr value = expression();
        consume(TokenType.AS);
        TypeName type = typeName();
        consume(TokenType.RIGHT_PAREN);
        return new CastExpr(kind, value, type, spanFrom(start));
    }

    /**
     * {@code TRIM([LEADING|TRAILING|BOTH] [characters] FROM source)}, {@code TRIM(FROM source)} or
     * {@code TRIM(source)}. The words LEADING, TRAILING and BOTH are not reserved: {@code
     * TRIM(both)} trims a variable.
     */
    final Trim trim(Token start) {
        consume(TokenType.LEFT_PAREN);
        if (match(TokenType.FROM)) {
            Expr source = expression();
            consume(TokenType.RIGHT_PAREN);
            return new Trim(null, null, source, spanFrom(start));
        }
        Trim.Spec spec = trimSpec();
        Expr characters = null;
        Expr source;
        if (spec != null) {
            if (!match(TokenType.FROM)) {
                characters = expression();
                consume(TokenType.FROM);
            }
            source = expression();
        } else {
            Expr first = expression();
            if (match(TokenType.FROM)) {
                characters = first;
                source = expression();
            } else {
                source = first;
            }
        }
        consume(TokenType.RIGHT_PAREN);
        return new Trim(spec, characters, source, spanFrom(start));
    }

    /** LEADING, TRAILING or BOTH when used as a trim specification, otherwise null. */
    private Trim.Spec trimSpec() {
        Trim.Spec spec = null;
        for (Trim.Spec candidate : Trim.Spec.values()) {
            if (checkWord(candidate.name())) {
                spec = candidate;
            }
        }
        if (spec == null) {
            return null;
        }
        TokenType next = peek(1).type();
        if (next != TokenType.FROM && !startsPrimary(next)) {
            return null;
        }
        advance();
        return spec;
    }

    /**
     * True if a token of this type can start a primary expression (a literal, a name, a '(' ...).
     */
    static boolean startsPrimary(TokenType type) {
        return switch (type) {
            case INTEGER,
                    DECIMAL,
                    STRING,
                    ION_LITERAL,
                    IDENTIFIER,
                    QUOTED_IDENTIFIER,
                    NULL,
                    MISSING,
                    TRUE,
                    FALSE,
                    QUESTION_MARK,
                    AT_SIGN,
                    LEFT_PAREN,
                    LEFT_BRACKET,
                    LEFT_BRACE,
                    BAG_OPEN,
                    LIST,
                    SEXP,
                    BAG,
                    VALUES,
                    CASE,
                    CAST,
                    CAN_CAST,
                    CAN_LOSSLESS_CAST,
                    TRIM,
                    SUBSTRING,
                    POSITION,
                    OVERLAY,
                    EXTRACT,
                    DATE_ADD,
                    DATE_DIFF,
                    DATE,
                    TIME,
                    TIMESTAMP,
                    INTERVAL ->
                    true;
            default -> false;
        };
    }

    /**
     * {@code SUBSTRING(value FROM start [FOR length])} or {@code SUBSTRING(value, start [,
     * length])}.
     */
    final Substring substring(Token start) {
        consume(TokenType.LEFT_PAREN);
        Expr value = expression();
        Expr from;
        Expr length = null;
        if (match(TokenType.FROM)) {
            from = expression();
            if (match(TokenType.FOR)) {
                length = expression();
            }
        } else if (match(TokenType.COMMA)) {
            from = expression();
            if (match(TokenType.COMMA)) {
                length = expression();
            }
        } else {
            throw expected("FROM or ','");
        }
        consume(TokenType.RIGHT_PAREN);
        return new Substring(value, from, length, spanFrom(start));
    }

    /** {@code POSITION(needle IN haystack)}, also {@code POSITION(needle, haystack)}. */
    final Position position(Token start) {
        consume(TokenType.LEFT_PAREN);
        Expr needle = operand();
        if (!match(TokenType.IN) && !match(TokenType.COMMA)) {
            throw expected("IN");
        }
        Expr haystack = expression();
        consume(TokenType.RIGHT_PAREN);
        return new Position(needle, haystack, spanFrom(start));
    }

    /** {@code OVERLAY(value PLACING replacement FROM start [FOR length])}. */
    final Overlay overlay(Token start) {
        consume(TokenType.LEFT_PAREN);
        Expr value = expression();
        consumeWord("PLACING");
        Expr replacement = expression();
        consume(TokenType.FROM);
        Expr from = expression();
        Expr length = match(TokenType.FOR) ? expression() : null;
        consume(TokenType.RIGHT_PAREN);
        return new Overlay(value, replacement, from, length, spanFrom(start));
    }

    /** {@code EXTRACT(field FROM source)}. */
    final Extract extract(Token start) {
        consume(TokenType.LEFT_PAREN);
        DatetimeField field = datetimeField();
        consume(TokenType.FROM);
        Expr source = expression();
        consume(TokenType.RIGHT_PAREN);
        return new Extract(field, source, spanFrom(start));
    }

    /** {@code DATE_ADD(field, quantity, datetime)}. */
    final DateAdd dateAdd(Token start) {
        consume(TokenType.LEFT_PAREN);
        DatetimeField field = datetimeField();
        consume(TokenType.COMMA);
        Expr quantity = expression();
        consume(TokenType.COMMA);
        Expr datetime = expression();
        consume(TokenType.RIGHT_PAREN);
        return new DateAdd(field, quantity, datetime, spanFrom(start));
    }

    /** {@code DATE_DIFF(field, from, to)}. */
    final DateDiff dateDiff(Token start) {
        consume(TokenType.LEFT_PAREN);
        DatetimeField field = datetimeField();
        consume(TokenType.COMMA);
        Expr from = expression();
        consume(TokenType.COMMA);
        Expr to = expression();
        consume(TokenType.RIGHT_PAREN);
        return new DateDiff(field, from, to, spanFrom(start));
    }
}
