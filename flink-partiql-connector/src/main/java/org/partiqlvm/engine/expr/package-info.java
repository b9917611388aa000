/**
 * Scalar evaluators: one immutable, serializable {@link org.partiqlvm.engine.expr.Eval} class per
 * expression form (paths, constructors, calls, LIKE, CAST, CASE, subqueries), each writing its
 * result into a frame slot. Shared by every VM of a compiled plan; per-run state lives in the
 * {@link org.partiqlvm.engine.expr.Frame}.
 *
 * <p>May import {@code org.partiqlvm.engine}, its {@code fn} and {@code op} packages, the plan's
 * value types and {@code org.partiqlvm.value}; never Flink.
 */
package org.partiqlvm.engine.expr;
