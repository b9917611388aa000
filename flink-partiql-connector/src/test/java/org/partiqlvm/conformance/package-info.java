/**
 * The PartiQL conformance harness: loads the official {@code partiql/partiql-tests} suite (Amazon
 * Ion files, never copied into this repository) into immutable records, judges each test case per
 * {@link org.partiqlvm.conformance.Category}, writes {@code target/partiql-conformance/} reports
 * and holds the results to a checked-in ratchet ({@code
 * src/test/resources/conformance/passing.txt}).
 *
 * <p>Entry point: {@link org.partiqlvm.conformance.ConformanceTest}. The syntax categories run
 * against {@code org.partiqlvm.syntax.Parser}; the evaluation categories wait for an {@link
 * org.partiqlvm.conformance.EvaluationHook}. See {@code docs/conformance.md}.
 */
package org.partiqlvm.conformance;
