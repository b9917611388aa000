/**
 * The logical plan: {@link org.partiqlvm.plan.Planner} turns a parsed statement into an immutable
 * {@link org.partiqlvm.plan.LogicalPlan} of nodes ({@code plan.node}: scalar expressions and
 * relational nodes), resolving names with PartiQL scoping, resolving the types of CAST and IS into
 * {@link org.partiqlvm.value.CastTarget}s and lowering special forms; {@link
 * org.partiqlvm.plan.PlanPrinter} renders it as EXPLAIN text; static errors are {@link
 * org.partiqlvm.plan.PlanningException}s. The rules applied to a finished plan live here too, one
 * per class: checks that reject a plan statically ({@link org.partiqlvm.plan.LiteralArgumentCheck})
 * and rewrites that return an equivalent plan ({@link org.partiqlvm.plan.JoinPredicatePushdown}).
 *
 * <pre>{@code
 * LogicalPlan plan = Planner.parseAndPlan(text, PlannerOptions.withGlobals(Set.of("stream")));
 * // or, for a syntax tree rewritten first:
 * LogicalPlan same = Planner.plan(Parser.parse(text), text, PlannerOptions.withGlobals(Set.of("stream")));
 * }</pre>
 *
 * <p>The engine above sees no syntax: it compiles a {@code LogicalPlan}, has texts parsed and
 * planned here ({@link org.partiqlvm.plan.Planner#parseAndPlan}) and learns from {@link
 * org.partiqlvm.plan.FunctionNames} which names a user-defined function may not take.
 *
 * <p>May import only its {@code plan.node} package, {@code org.partiqlvm.syntax}, {@code
 * org.partiqlvm.value} and the neutral {@code org.partiqlvm.error}.
 */
package org.partiqlvm.plan;
