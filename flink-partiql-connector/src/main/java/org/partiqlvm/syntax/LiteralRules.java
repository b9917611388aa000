package org.partiqlvm.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.syntax.ast.TypeName;

/**
 * Grammar rules for the leaves: literal tokens, typed literals ({@code DATE '...'}, {@code TIME},
 * {@code TIMESTAMP}, {@code INTERVAL}), names and aliases, type names and interval qualifiers.
 */
abstract class LiteralRules extends TokenCursor {

    /** Type names without parameters, by their upper-case spelling. */
    private static final Set<String> SIMPLE_TYPES =
            Set.of(
                    "NULL",
                    "MISSING",
                    "ANY",
                    "BOOL",
                    "BOOLEAN",
                    "SMALLINT",
                    "INT2",
                    "INTEGER2",
                    "INT",
                    "INTEGER",
                    "INT4",
                    "INTEGER4",
                    "INT8",
                    "INTEGER8",
                    "BIGINT",
                    "REAL",
                    "STRING",
                    "SYMBOL",
                    "CLOB",
                    "BLOB",
                    "STRUCT",
                    "TUPLE",
                    "LIST",
                    "SEXP",
                    "BAG",
                    "DATE");

    /** Type names taking up to one parameter. */
    private static final Set<String> ONE_PARAMETER_TYPES = Set.of("FLOAT", "VARCHAR", "CHAR");

    /** Type names taking up to two parameters (precision, scale). */
    private static final Set<String> TWO_PARAMETER_TYPES = Set.of("DECIMAL", "DEC", "NUMERIC");

    LiteralRules(String source) {
        super(source);
    }

    // ---- literal tokens -----------------------------------------------------------------------

    /**
     * {@code INTEGER}, {@code DECIMAL}, {@code STRING} or {@code ION_LITERAL}, already consumed.
     */
    final Literal literalToken(Token token) {
        SourceSpan span = token.span();
        return switch (token.type()) {
            case INTEGER -> new IntLiteral(new BigInteger(token.text()), span);
            case DECIMAL -> new DecimalLiteral(decimal(token), span);
            case STRING -> new StringLiteral(unquote(token.text(), '\''), span);
            case ION_LITERAL ->
                    new IonLiteral(token.text().substring(1, token.text().length() - 1), span);
            default -> throw new IllegalStateException("not a literal token: " + token);
        };
    }

    private BigDecimal decimal(Token token) {
        try {
            return new BigDecimal(token.text());
        } catch (NumberFormatException e) {
            throw errorAt(token, "numeric literal out of range: '" + token.text() + "'");
        }
    }

    /** The text of a quoted token without its quotes, with doubled quotes undoubled. */
    static String unquote(String quoted, char quote) {
        String body = quoted.substring(1, quoted.length() - 1);
        String doubled = String.valueOf(quote) + quote;
        return body.indexOf(doubled) < 0 ? body : body.replace(doubled, String.valueOf(quote));
    }

    /** A string literal, as the text of a typed literal ({@code DATE '...'}). */
    private String stringText(String what) {
        if (!check(TokenType.STRING)) {
            throw expected("a string literal for the " + what);
        }
        return unquote(advance().text(), '\'');
    }

    /** A non-negative {@code int} written as an integer literal (a precision or length). */
    final int unsignedInt(String what) {
        if (!check(TokenType.INTEGER)) {
            throw expected(what);
        }
        Token token = advance();
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw errorAt(token, what + " out of range: " + token.text());
        }
    }

    // ---- typed literals ---------------------------------------------------------------------

    /** {@code DATE 'yyyy-mm-dd'}; the DATE keyword is already consumed. */
    final DateLiteral dateLiteral(Token start) {
        String text = stringText("DATE literal");
        return new DateLiteral(text, spanFrom(start));
    }

    /** {@code TIME [(p)] [WITH|WITHOUT TIME ZONE] '...'}; TIME is already consumed. */
    final TimeLiteral timeLiteral(Token start) {
        Integer precision = optionalPrecision();
        boolean withTimeZone = timeZoneSpec();
        String text = stringText("TIME literal");
        return new TimeLiteral(text, precision, withTimeZone, spanFrom(start));
    }

    /** {@code TIMESTAMP [(p)] [WITH|WITHOUT TIME ZONE] '...'}; TIMESTAMP is already consumed. */
    final TimestampLiteral timestampLiteral(Token start) {
        Integer precision = optionalPrecision();
        boolean withTimeZone = timeZoneSpec();
        String text = stringText("TIMESTAMP literal");
        return new TimestampLiteral(text, precision, withTimeZone, spanFrom(start));
    }

    /** {@code INTERVAL '...' qualifier}; INTERVAL is already consumed. */
    final IntervalLiteral intervalLiteral(Token start) {
        String text = stringText("INTERVAL literal");
        IntervalQualifier qualifier = intervalQualifier();
        return new IntervalLiteral(text, qualifier, spanFrom(start));
    }

    /** {@code [(p)]} after TIME or TIMESTAMP. */
    private Integer optionalPrecision() {
        if (!match(TokenType.LEFT_PAREN)) {
            return null;
        }
        int precision = unsignedInt("a precision");
        consume(TokenType.RIGHT_PAREN);
        return precision;
    }

    /** {@code [WITH TIME ZONE | WITHOUT TIME ZONE]}: true for WITH. */
    private boolean timeZoneSpec() {
        boolean with;
        if (match(TokenType.WITH)) {
            with = true;
        } else if (matchWord("WITHOUT")) {
            with = false;
        } else {
            return false;
        }
        consume(TokenType.TIME);
        consume(TokenType.ZONE);
        return with;
    }

    /**
     * {@code field [(p [, f])] [TO field [(f)]]}: {@code YEAR}, {@code DAY(3) TO SECOND(6)}, {@code
     * SECOND(2, 3)}. Only SECOND takes a fractional precision.
     */
    final IntervalQualifier intervalQualifier() {
        Token start = peek();
        DatetimeField first = intervalField();
        Integer leadingPrecision = null;
        Integer fractional = null;
        if (match(TokenType.LEFT_PAREN)) {
            leadingPrecision = unsignedInt("a precision");
            if (first == DatetimeField.SECOND && match(TokenType.COMMA)) {
                fractional = unsignedInt("a fractional seconds precision");
            }
            consume(TokenType.RIGHT_PAREN);
        }
        DatetimeField last = null;
        if (match(TokenType.TO)) {
            Token lastToken = peek();
            last = intervalField();
            if (last.ordinal() <= first.ordinal()) {
                throw errorAt(lastToken, "interval field " + last + " cannot follow " + first);
            }
            if (first == DatetimeField.SECOND) {
                throw errorAt(lastToken, "SECOND must be the last interval field");
            }
            if (last == DatetimeField.SECOND && match(TokenType.LEFT_PAREN)) {
                fractional = unsignedInt("a fractional seconds precision");
                consume(TokenType.RIGHT_PAREN);
            }
        }
        return new IntervalQualifier(first, leadingPrecision, last, fractional, spanFrom(start));
    }

    private DatetimeField intervalField() {
        DatetimeField field = datetimeFieldOrNull();
        if (field == null
                || field == DatetimeField.TIMEZONE_HOUR
                || field == DatetimeField.TIMEZONE_MINUTE) {
            throw expected("an interval field (YEAR, MONTH, DAY, HOUR, MINUTE or SECOND)");
        }
        advance();
        return field;
    }

    /**
     * The datetime field the next token names (YEAR ... TIMEZONE_MINUTE), not consumed; or null.
     */
    final DatetimeField datetimeFieldOrNull() {
        Token token = peek();
        if (token.type() != TokenType.IDENTIFIER) {
            return null;
        }
        String upper = token.text().toUpperCase(Locale.ROOT);
        for (DatetimeField field : DatetimeField.values()) {
            if (field.name().equals(upper)) {
                return field;
            }
        }
        return null;
    }

    /** A datetime field for EXTRACT, DATE_ADD or DATE_DIFF. */
    final DatetimeField datetimeField() {
        DatetimeField field = datetimeFieldOrNull();
        if (field == null) {
            throw expected(
                    "a datetime field (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, TIMEZONE_HOUR or"
                            + " TIMEZONE_MINUTE)");
        }
        advance();
        return field;
    }

    // ---- type names ---------------------------------------------------------------------------

    /**
     * A type name: {@code INT}, {@code DECIMAL(5, 2)}, {@code VARCHAR(10)}, {@code CHARACTER
     * VARYING}, {@code DOUBLE PRECISION}, {@code TIME(3) WITH TIME ZONE}, {@code INTERVAL DAY TO
     * SECOND}, {@code NULL}, {@code MISSING}, ...
     */
    final TypeName typeName() {
        Token start = peek();
        boolean word = start.type() == TokenType.IDENTIFIER || start.type().isKeyword();
        String upper = start.text().toUpperCase(Locale.ROOT);
        if (!word) {
            throw expected("a type name");
        }
        List<Integer> parameters = new ArrayList<>();
        if (SIMPLE_TYPES.contains(upper)) {
            advance();
            return new TypeName(upper, parameters, false, null, spanFrom(start));
        }
        if (ONE_PARAMETER_TYPES.contains(upper) || upper.equals("CHARACTER")) {
            advance();
            String name = upper;
            if (upper.equals("CHARACTER") && matchWord("VARYING")) {
                name = "CHARACTER VARYING";
            }
            typeParameters(parameters, 1);
            return new TypeName(name, parameters, false, null, spanFrom(start));
        }
        if (TWO_PARAMETER_TYPES.contains(upper)) {
            advance();
            typeParameters(parameters, 2);
            return new TypeName(upper, parameters, false, null, spanFrom(start));
        }
        if (upper.equals("DOUBLE")) {
            advance();
            consumeWord("PRECISION");
            return new TypeName("DOUBLE PRECISION", parameters, false, null, spanFrom(start));
        }
        if (upper.equals("TIME") || upper.equals("TIMESTAMP")) {
            advance();
            typeParameters(parameters, 1);
            boolean withTimeZone = timeZoneSpec();
            return new TypeName(upper, parameters, withTimeZone, null, spanFrom(start));
        }
        if (upper.equals("INTERVAL")) {
            advance();
            IntervalQualifier qualifier =
                    datetimeFieldOrNull() == null ? null : intervalQualifier();
            return new TypeName(upper, parameters, false, qualifier, spanFrom(start));
        }
        throw expected("a type name");
    }

    /** {@code [(n [, m])]} with at most {@code max} parameters. */
    private void typeParameters(List<Integer> parameters, int max) {
        if (!match(TokenType.LEFT_PAREN)) {
            return;
        }
        do {
            if (parameters.size() == max) {
                throw expected("')'");
            }
            parameters.add(unsignedInt("a type parameter (an unsigned integer)"));
        } while (match(TokenType.COMMA));
        consume(TokenType.RIGHT_PAREN);
    }

    // ---- names --------------------------------------------------------------------------------

    /** True if the next token can be a name: an unreserved identifier or a quoted identifier. */
    final boolean checkName() {
        Token token = peek();
        return token.type() == TokenType.QUOTED_IDENTIFIER
                || token.type() == TokenType.IDENTIFIER && !Keywords.isReserved(token.text());
    }

    /** A name introduced by the query (after AS, AT, BY, GROUP AS, LET ... AS). */
    final Identifier identifier(String what) {
        if (!checkName()) {
            throw nameExpected(what);
        }
        Token token = advance();
        return token.type() == TokenType.QUOTED_IDENTIFIER
                ? new Identifier(unquote(token.text(), '"'), true, token.span())
                : new Identifier(token.text(), false, token.span());
    }

    /** "expected {@code <what>} but found ...", with a hint when the token is a reserved word. */
    final ParseException nameExpected(String what) {
        Token token = peek();
        boolean reserved =
                (token.type() == TokenType.IDENTIFIER || token.type().isKeyword())
                        && Keywords.isReserved(token.text());
        return reserved
                ? expected(
                        what, "a reserved word; write \"" + token.text() + "\" to use it as a name")
                : expected(what);
    }
}
