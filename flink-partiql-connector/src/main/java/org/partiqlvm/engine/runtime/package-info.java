/**
 * The run-time types every part of the engine shares: the evaluation mode ({@link
 * org.partiqlvm.engine.runtime.EvalMode}), the resource limits ({@link
 * org.partiqlvm.engine.runtime.Limits}) and the typed errors of a run ({@link
 * org.partiqlvm.engine.runtime.EvaluationException}, {@link
 * org.partiqlvm.engine.runtime.LimitExceededException}). Users meet them through the API of {@code
 * org.partiqlvm.engine}. (The VM's arena is a {@code org.partiqlvm.value.ValueArena}.)
 *
 * <p>Sits beneath the rest of the engine (the API, the compiler, the operators, the evaluators and
 * the functions all import it): imports only {@code org.partiqlvm.error}; never Flink.
 */
package org.partiqlvm.engine.runtime;
