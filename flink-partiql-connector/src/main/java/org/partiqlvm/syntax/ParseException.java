package org.partiqlvm.syntax;

import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.error.SourceSpan;

/**
 * A syntax error: the statement text is not valid PartiQL.
 *
 * <p>Besides the location it names what the parser expected (such as {@code "an expression"} or
 * {@code "')'"}) and what it found (the offending token's text, or {@code "end of input"}), when
 * the error is of that shape. Example:
 *
 * <pre>
 * Syntax error at 1:14: expected an expression but found 'FROM'
 *   SELECT a, b, FROM t
 *                ^
 * </pre>
 */
public final class ParseException extends PartiQLException {

    private static final long serialVersionUID = 1L;

    /** The {@link #getFound()} text of an error at the end of the input. */
    public static final String END_OF_INPUT = "end of input";

    private final String found;
    private final String expected;

    /**
     * Creates a syntax error.
     *
     * @param message what went wrong, without the location
     * @param span where
     * @param source the statement text, for the snippet
     * @param found the offending token text or {@link #END_OF_INPUT}, or null if not applicable
     * @param expected what was expected, or null if not applicable
     */
    public ParseException(
            String message, SourceSpan span, String source, String found, String expected) {
        super(message, span, source, null);
        this.found = found;
        this.expected = expected;
    }

    /** A syntax error at {@code span}, without the expected/found shape. */
    public static ParseException at(String message, SourceSpan span, String source) {
        return new ParseException(message, span, source, null, null);
    }

    /**
     * The usual error {@code expected <expected> but found '<token>'}.
     *
     * @param expected what was expected, such as {@code "an expression"} or {@code "')'"}
     * @param token the offending token (an {@link TokenType#EOF} token reads "end of input")
     * @param source the statement text
     */
    public static ParseException expected(String expected, Token token, String source) {
        return expected(expected, token, source, null);
    }

    /**
     * Like {@link #expected(String, Token, String)}, with a parenthesized hint appended, such as
     * {@code "a reserved word; write \"table\" to use it as a name"}.
     */
    public static ParseException expected(
            String expected, Token token, String source, String hint) {
        String found = token.type() == TokenType.EOF ? END_OF_INPUT : token.text();
        String shown = token.type() == TokenType.EOF ? END_OF_INPUT : "'" + shorten(found) + "'";
        String message = "expected " + expected + " but found " + shown;
        if (hint != null) {
            message += " (" + hint + ")";
        }
        return new ParseException(message, token.span(), source, found, expected);
    }

    @Override
    protected String kind() {
        return "Syntax error";
    }

    /**
     * The offending token text, {@link #END_OF_INPUT}, or null when the error has no such shape.
     */
    public String getFound() {
        return found;
    }

    /** What the parser expected (such as {@code "an expression"}), or null. */
    public String getExpected() {
        return expected;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
