/**
 * The relational operators of the PartiQLVM, one class per operator ({@link
 * org.partiqlvm.engine.op.RelOp}), each nesting the immutable, serializable spec the compiled plan
 * keeps ({@link org.partiqlvm.engine.op.RelSpec}); a VM creates its own instances, which hold all
 * per-run state and are reopened for every run (and for every outer row of a correlated subquery).
 *
 * <p>Streaming operators: scan, unpivot, collection elements, filter, LET, nested-loop and hash
 * joins, projection, DISTINCT, LIMIT, set operations. Materializing ones read their input in {@code
 * open}: ORDER BY, GROUP BY, PIVOT, the right side of FULL and hash joins. They keep their buffers
 * from run to run.
 *
 * <p>May import the engine's {@code expr}, {@code fn} and {@code runtime} packages, {@code
 * org.partiqlvm.value} and {@code org.partiqlvm.error} (source spans); never the engine's API
 * package, the syntax tree or Flink.
 */
package org.partiqlvm.engine.op;
