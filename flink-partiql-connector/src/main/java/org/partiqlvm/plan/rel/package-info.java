/**
 * Relational nodes of the logical plan ({@link org.partiqlvm.plan.rel.RelNode}): FROM sources,
 * joins, LET, filters, grouping, sorting, projections and set operations; immutable records, one
 * per file.
 *
 * <p>May import only {@code org.partiqlvm.plan}, {@code org.partiqlvm.syntax} and {@code
 * org.partiqlvm.value}.
 */
package org.partiqlvm.plan.rel;
