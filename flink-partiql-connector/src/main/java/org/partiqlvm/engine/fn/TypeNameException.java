package org.partiqlvm.engine.fn;

import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.error.SourceSpan;

/**
 * A type name the engine cannot use in a CAST or IS: unknown ({@code CAST(x AS FOO)}) or with bad
 * parameters ({@code DECIMAL(2, 5)}). Raised while compiling a plan; carries the name's position.
 */
public final class TypeNameException extends PartiQLException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the type name
     * @param span where the type name is written, or null
     */
    public TypeNameException(String message, SourceSpan span) {
        super(message, span, null, null);
    }

    @Override
    protected String kind() {
        return "Type error";
    }
}
