package org.partiqlvm.engine.runtime;

import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.error.SourceSpan;

/**
 * An error raised while a statement runs: a type mismatch or a data error in strict mode, or a
 * resource limit. The message names the expression and the offending value's type, and the span
 * points at the expression in the statement.
 */
public class EvaluationException extends PartiQLException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an evaluation error.
     *
     * @param message what went wrong, naming the expression and the type found
     * @param span the expression's place in the statement, or null when unknown
     * @param source the statement text, or null when unknown
     */
    public EvaluationException(String message, SourceSpan span, String source) {
        super(message, span, source, null);
    }

    /**
     * Creates an evaluation error caused by another exception (a user-defined function that failed,
     * say).
     *
     * @param message what went wrong
     * @param span the expression's place in the statement, or null when unknown
     * @param source the statement text, or null when unknown
     * @param cause the underlying exception
     */
    public EvaluationException(String message, SourceSpan span, String source, Throwable cause) {
        super(message, span, source, cause);
    }

    @Override
    protected String kind() {
        return "Evaluation error";
    }
}
