package org.partiqlvm.engine.runtime;

import org.partiqlvm.error.SourceSpan;

/**
 * A record or a statement went past one of the {@link Limits}: the error names the limit ({@link
 * #limitName()}) and its value ({@link #limit()}). Raised in both evaluation modes (a limit is not
 * a data error that permissive mode turns into MISSING); the record becomes one bad record.
 */
public final class LimitExceededException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    private final String limitName;
    private final long limit;

    /**
     * Creates the error.
     *
     * @param limitName the limit's name, one of {@link Limits#NAMES}
     * @param limit the limit's value
     * @param what what went past the limit, such as {@code "the string built by || needs 20000000
     *     bytes"}; the message adds the limit's name and value
     * @param span the expression's place in the statement, or null when unknown
     * @param source the statement text, or null when unknown
     */
    public LimitExceededException(
            String limitName, long limit, String what, SourceSpan span, String source) {
        super(what + " (limit " + limitName + "=" + limit + ")", span, source);
        this.limitName = limitName;
        this.limit = limit;
    }

    /** The limit's name, one of {@link Limits#NAMES}. */
    public String limitName() {
        return limitName;
    }

    /** The limit's value. */
    public long limit() {
        return limit;
    }

    @Override
    protected String kind() {
        return "Limit exceeded";
    }
}
