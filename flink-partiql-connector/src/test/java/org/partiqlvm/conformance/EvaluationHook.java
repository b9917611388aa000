package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;

/**
 * What the evaluation engine provides so that the categories beyond parsing ({@link
 * Category#EVAL_COERCE}, {@link Category#EVAL_ERROR}, {@link Category#EVAL_EQUIV}, {@link
 * Category#STATIC_FAIL}) can run. Until an implementation is registered in {@code
 * ConformanceTest.judges}, those categories are reported as not run.
 *
 * <p>Values cross the hook in the suite's own Ion encoding, so the harness (not the engine)
 * compares results the way the suite means them: bags as multisets, lists in order, decimals by
 * value, MISSING ({@code $missing::null}) distinct from NULL.
 *
 * <p>Errors: a statement the engine rightly refuses must throw the engine's {@code
 * PartiQLException} (a {@code ParseException}, {@code PlanningException} or {@code
 * EvaluationException}); any other throwable is recorded as a crash.
 */
public interface EvaluationHook {

    /**
     * Parses, plans and compiles {@code statement} without running it; throws for a static error.
     * Used by {@link Category#STATIC_FAIL}.
     */
    void compile(String statement);

    /**
     * Evaluates {@code statement} in {@code mode} with the global bindings of {@code env} and
     * returns the result in the suite's Ion encoding.
     *
     * @param env an Ion struct of global bindings in the suite's encoding ({@code $bag::[...]},
     *     {@code $date::{...}}, ...), or null for none; read-only
     * @return the result, e.g. {@code $bag::[{a: 1}]} or {@code $missing::null}
     */
    IonValue evaluate(String statement, IonValue env, EvalMode mode);
}
