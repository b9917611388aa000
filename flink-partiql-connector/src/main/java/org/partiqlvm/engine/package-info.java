/**
 * The PartiQLVM: the plan compiler, the immutable serializable compiled plan, the per-thread VM
 * with its arena and slots, relational operators, scalar evaluators and built-in functions.
 *
 * <p>The public API is this package: {@link org.partiqlvm.engine.PlanCompiler}, {@link
 * org.partiqlvm.engine.CompileOptions}, {@link org.partiqlvm.engine.CompiledPlan}, {@link
 * org.partiqlvm.engine.PartiQLVM}, {@link org.partiqlvm.engine.Bindings}, {@link
 * org.partiqlvm.engine.ResultStream}, {@link org.partiqlvm.engine.ResultRow} and {@link
 * org.partiqlvm.engine.UdfRegistry} for user-defined functions, with the types users also meet from
 * {@code org.partiqlvm.engine.runtime} ({@link org.partiqlvm.engine.runtime.EvalMode}, {@link
 * org.partiqlvm.engine.runtime.Limits}, {@link org.partiqlvm.engine.runtime.EvaluationException}).
 * The other subpackages are the implementation, beneath this package: {@code compile -> op -> expr
 * -> fn -> runtime}; none of them imports this package.
 *
 * <p>Never imports Flink or {@code org.partiqlvm.flink}, nor {@code org.partiqlvm.syntax}: it
 * compiles plans, which carry resolved types, and has the plan layer parse and plan a text.
 */
package org.partiqlvm.engine;
