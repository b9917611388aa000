/**
 * The PartiQL conformance harness: loads the official {@code partiql/partiql-tests} suite (Amazon
 * Ion files, never copied into this repository) into immutable records, judges each test case per
 * {@link org.partiqlvm.conformance.Category}, writes {@code target/partiql-conformance/} reports
 * and holds the results to a checked-in ratchet ({@code
 * src/test/resources/conformance/passing.txt}).
 *
 * <p>Entry point: {@link org.partiqlvm.conformance.ConformanceTest}. The syntax categories run
 * against {@code org.partiqlvm.syntax.Parser} ({@link org.partiqlvm.conformance.SyntaxJudges}); the
 * evaluation categories run against the engine through an {@link
 * org.partiqlvm.conformance.EvaluationHook}, a timed {@link
 * org.partiqlvm.conformance.EvaluationProbe} and {@link org.partiqlvm.conformance.EvalJudges},
 * which compare results with {@link org.partiqlvm.conformance.ResultEquivalence}. See {@code
 * docs/conformance.md}.
 */
package org.partiqlvm.conformance;
