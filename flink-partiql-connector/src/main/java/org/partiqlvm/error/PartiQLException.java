package org.partiqlvm.error;

import java.util.Optional;

/**
 * The base of every error PartiQLVM reports about a statement: syntax errors, planning errors and
 * evaluation errors.
 *
 * <p>It carries the span of the offending text when known. {@link #getMessage()} reads {@code
 * <kind> at <line>:<column>: <message>} followed, when the statement text is known, by the
 * offending source line with a caret under the column:
 *
 * <pre>
 * Syntax error at 1:14: expected an expression but found 'FROM'
 *   SELECT a, b, FROM t
 *                ^
 * </pre>
 */
public abstract class PartiQLException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageWithoutLocation;
    private final SourceSpan span;
    private final String snippet;

    /**
     * Creates an exception.
     *
     * @param messageWithoutLocation what went wrong, without the location
     * @param span where, or null when unknown
     * @param source the statement text, or null when unknown (then no snippet is shown)
     * @param cause the underlying exception, or null
     */
    protected PartiQLException(
            String messageWithoutLocation, SourceSpan span, String source, Throwable cause) {
        super(messageWithoutLocation, cause);
        this.messageWithoutLocation = messageWithoutLocation;
        this.span = span;
        this.snippet = span == null || source == null ? "" : SourceSnippet.render(source, span);
    }

    /**
     * A short name of the kind of error, such as {@code "Syntax error"}, that starts the message.
     */
    protected abstract String kind();

    /** Where the error is, when known. */
    public Optional<SourceSpan> getSourceSpan() {
        return Optional.ofNullable(span);
    }

    /** The 1-based line of the error, or 0 when unknown. */
    public int getLine() {
        return span == null ? 0 : span.line();
    }

    /** The 1-based column of the error, or 0 when unknown. */
    public int getColumn() {
        return span == null ? 0 : span.column();
    }

    /** What went wrong, without the kind, the location or the snippet. */
    public String getMessageWithoutLocation() {
        return messageWithoutLocation;
    }

    /**
     * The offending source line and a caret line (each indented two spaces), or "" when unknown.
     */
    public String getSnippet() {
        return snippet;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(kind());
        if (span != null) {
            message.append(" at ").append(span.line()).append(':').append(span.column());
        }
        message.append(": ").append(messageWithoutLocation);
        if (!snippet.isEmpty()) {
            message.append('\n').append(snippet);
        }
        return message.toString();
    }
}
