package org.partiqlvm.engine.fn;

import java.io.Serializable;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * Where a function or operator is called in a statement, and how its failures are reported.
 *
 * <p>Built once at compile time for every call (immutable, part of the compiled plan). A function
 * reports a type mismatch or a data error through it: in {@link EvalMode#COERCE} the result slot
 * becomes MISSING and evaluation goes on (no exception is created); in {@link EvalMode#ERROR} an
 * {@link EvaluationException} names the call, the problem and the statement position.
 */
public final class CallSite implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final SourceSpan span;
    private final String source;
    private final EvalMode mode;

    /**
     * Creates a call site.
     *
     * @param name the function or operator as the user wrote it, e.g. {@code "UPPER"} or {@code
     *     "+"}
     * @param span where the call is in the statement, or null when unknown
     * @param source the statement text (for the caret snippet), or null
     * @param mode the plan's evaluation mode
     */
    public CallSite(String name, SourceSpan span, String source, EvalMode mode) {
        this.name = name;
        this.span = span;
        this.source = source;
        this.mode = mode;
    }

    /** A call site outside any statement, for tests and direct calls. */
    public static CallSite of(String name, EvalMode mode) {
        return new CallSite(name, null, null, mode);
    }

    /**
     * The error for a value this call would build past the {@linkplain Limits#valueSize()
     * value-size limit} (in both modes: a limit is not a data error).
     *
     * @param what the value, such as {@code "a string"}
     * @param bytes its size in bytes (a string counts one byte per character)
     * @param limit the limit
     */
    public LimitExceededException valueTooLarge(String what, long bytes, long limit) {
        return new LimitExceededException(
                Limits.VALUE_SIZE,
                limit,
                name + " would build " + what + " of " + bytes + " bytes, more than a value may",
                span,
                source);
    }

    /** The function or operator name as written. */
    public String name() {
        return name;
    }

    /** Where the call is, or null when unknown. */
    public SourceSpan span() {
        return span;
    }

    /** The evaluation mode. */
    public EvalMode mode() {
        return mode;
    }

    /** True in strict mode. */
    public boolean strict() {
        return mode == EvalMode.ERROR;
    }

    /**
     * Reports that argument {@code argIndex} (0-based) has the wrong type: MISSING in permissive
     * mode, an exception in strict mode.
     *
     * @param out the call's result slot
     * @param argIndex which argument
     * @param expected the accepted types, e.g. {@code "STRING or SYMBOL"}
     * @param found the kind of the value passed
     */
    public void typeMismatch(Slot out, int argIndex, String expected, ValueKind found) {
        if (strict()) {
            throw new EvaluationException(
                    name
                            + ": argument "
                            + (argIndex + 1)
                            + " must be "
                            + expected
                            + ", found "
                            + found.displayName(),
                    span,
                    source);
        }
        out.setMissing();
    }

    /**
     * Reports a data error (division by zero, overflow, a value out of range): MISSING in
     * permissive mode, an exception in strict mode.
     *
     * @param out the call's result slot
     * @param message what went wrong, e.g. {@code "division by zero"}
     */
    public void dataError(Slot out, String message) {
        if (strict()) {
            throw new EvaluationException(name + ": " + message, span, source);
        }
        out.setMissing();
    }

    /**
     * Reports a type error that is not about one argument (e.g. {@code DATE + DATE}): MISSING in
     * permissive mode, an exception in strict mode.
     *
     * @param out the call's result slot
     * @param message what is wrong, naming the types found, e.g. {@code "cannot add DATE and DATE"}
     */
    public void typeError(Slot out, String message) {
        if (strict()) {
            throw new EvaluationException(name + ": " + message, span, source);
        }
        out.setMissing();
    }

    /** Creates (does not throw) an exception for this call site, for errors in any mode. */
    public EvaluationException error(String message) {
        return new EvaluationException(name + ": " + message, span, source);
    }

    /** Creates (does not throw) an exception for this call site caused by {@code cause}. */
    public EvaluationException error(String message, Throwable cause) {
        return new EvaluationException(name + ": " + message, span, source, cause);
    }
}
