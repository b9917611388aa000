/**
 * The PartiQLVM: the plan compiler, the immutable serializable compiled plan, the per-thread VM
 * with its row arena and slots, relational operators, scalar evaluators and built-in functions.
 *
 * <p>Never imports Flink or {@code org.partiqlvm.flink}.
 */
package org.partiqlvm.engine;
