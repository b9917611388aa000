/**
 * The PartiQLVM: the plan compiler, the immutable serializable compiled plan, the per-thread VM
 * with its row arena and slots, relational operators, scalar evaluators and built-in functions.
 *
 * <p>The public API is this package: {@link org.partiqlvm.engine.PlanCompiler}, {@link
 * org.partiqlvm.engine.CompileOptions}, {@link org.partiqlvm.engine.CompiledPlan}, {@link
 * org.partiqlvm.engine.PartiQLVM}, {@link org.partiqlvm.engine.Bindings}, {@link
 * org.partiqlvm.engine.ResultStream}, {@link org.partiqlvm.engine.ResultRow} and {@link
 * org.partiqlvm.engine.UdfRegistry} for user-defined functions. The subpackages are the
 * implementation.
 *
 * <p>Never imports Flink or {@code org.partiqlvm.flink}.
 */
package org.partiqlvm.engine;
