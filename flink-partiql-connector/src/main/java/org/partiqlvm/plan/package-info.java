/**
 * The logical plan: name resolution, normalization and rewrite rules that turn an AST into
 * immutable plan nodes, and EXPLAIN printing.
 *
 * <p>May import only {@code org.partiqlvm.syntax} and {@code org.partiqlvm.value}.
 */
package org.partiqlvm.plan;
