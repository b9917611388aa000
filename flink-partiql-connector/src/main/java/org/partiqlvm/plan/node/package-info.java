/**
 * The nodes of the logical plan, immutable records, one per file: scalar expressions ({@link
 * org.partiqlvm.plan.node.PlanExpr}, names resolved and special forms lowered to calls) and
 * relational nodes ({@link org.partiqlvm.plan.node.RelNode}: FROM sources, joins, LET, filters,
 * grouping, sorting, projections and set operations).
 *
 * <p>The two kinds share one package because they nest in each other (a {@link
 * org.partiqlvm.plan.node.Query} is an expression over a relation, and relations carry expressions)
 * and both are sealed: outside a named module a sealed interface's records must be in its package.
 *
 * <p>May import only {@code org.partiqlvm.syntax}, {@code org.partiqlvm.value} and the neutral
 * {@code org.partiqlvm.error}.
 */
package org.partiqlvm.plan.node;
