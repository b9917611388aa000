/**
 * Scalar evaluators: one immutable, serializable {@link org.partiqlvm.engine.expr.Eval} class per
 * expression form (paths, constructors, calls, LIKE, CAST, CASE, subqueries), each writing its
 * result into a frame slot. Shared by every VM of a compiled plan; per-run state lives in the
 * {@link org.partiqlvm.engine.expr.Frame}.
 *
 * <p>May import the engine's {@code fn} and {@code runtime} packages, {@code org.partiqlvm.value}
 * and {@code org.partiqlvm.error}; never the engine's API package, {@code op} (a query used as a
 * value, {@code QueryEval}, lives there), the syntax tree or Flink.
 */
package org.partiqlvm.engine.expr;
