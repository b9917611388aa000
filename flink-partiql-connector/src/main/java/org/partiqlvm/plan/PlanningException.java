package org.partiqlvm.plan;

import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.error.SourceSpan;

/**
 * A static error found while planning a statement (an undefined variable in strict mode, a misused
 * aggregate, a bad literal...), with the position of the offending text.
 *
 * <pre>
 * Planning error at 1:8: undefined variable 'x'
 *   SELECT x FROM t AS r
 *          ^
 * </pre>
 */
public final class PlanningException extends PartiQLException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a planning error.
     *
     * @param message what went wrong, without the location
     * @param span the offending text, or null when unknown
     * @param source the statement text, or null when unknown
     */
    public PlanningException(String message, SourceSpan span, String source) {
        super(message, span, source, null);
    }

    @Override
    protected String kind() {
        return "Planning error";
    }
}
