package org.partiqlvm.engine.runtime;

/**
 * How evaluation treats a type mismatch or a data error (division by zero, overflow, a bad cast).
 *
 * <p>The two modes of the PartiQL specification; chosen once per compiled plan.
 */
public enum EvalMode {
    /**
     * Permissive mode: the failing expression evaluates to MISSING and evaluation goes on. The
     * default, because one odd record must not stop a stream.
     */
    COERCE,
    /** Strict mode: the failing expression raises an {@link EvaluationException}. */
    ERROR
}
