package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;

/**
 * What the evaluation engine provides so that the categories beyond parsing ({@link
 * Category#EVAL_COERCE}, {@link Category#EVAL_ERROR}, {@link Category#EVAL_EQUIV}, {@link
 * Category#STATIC_FAIL}) can run: {@link EngineEvaluationHook} for PartiQLVM, fakes in the unit
 * tests. The harness calls it through an {@link EvaluationProbe}, which adds the timeout and
 * classifies what is thrown.
 *
 * <p>Values cross the hook in the suite's own Ion encoding, so the harness (not the engine)
 * compares results the way the suite means them ({@link ResultEquivalence}).
 *
 * <p>Errors: a statement the engine rightly refuses must throw the engine's {@code
 * PartiQLException} (a {@code ParseException}, {@code PlanningException} or {@code
 * EvaluationException}); any other throwable is recorded as a crash.
 */
public interface EvaluationHook {

    /**
     * Parses, plans and compiles {@code statement} for {@code mode}, with the top-level field names
     * of {@code env} as its globals; throws for a static error. Nothing is evaluated yet.
     *
     * @param env an Ion struct of global bindings in the suite's encoding ({@code $bag::[...]},
     *     {@code $date::{...}}, ...), or null for none; read-only
     */
    Prepared prepare(String statement, IonValue env, EvalMode mode);

    /** A compiled statement with its environment, ready to run. */
    @FunctionalInterface
    interface Prepared {

        /**
         * Evaluates the statement and returns the result in the suite's Ion encoding, e.g. {@code
         * $bag::[{a: 1}]} or {@code $missing::null}; throws for an evaluation error.
         */
        IonValue run();
    }
}
