/**
 * Scalar expressions of the logical plan ({@link org.partiqlvm.plan.expr.PlanExpr}): immutable
 * records, one per file, with names resolved and special forms lowered to calls.
 *
 * <p>May import only {@code org.partiqlvm.plan}, {@code org.partiqlvm.syntax} and {@code
 * org.partiqlvm.value}.
 */
package org.partiqlvm.plan.expr;
