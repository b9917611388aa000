/**
 * The logical plan: {@link org.partiqlvm.plan.Planner} turns a parsed statement into an immutable
 * {@link org.partiqlvm.plan.LogicalPlan} of nodes ({@code plan.node}: scalar expressions and
 * relational nodes), resolving names with PartiQL scoping and lowering special forms; {@link
 * org.partiqlvm.plan.PlanPrinter} renders it as EXPLAIN text; static errors are {@link
 * org.partiqlvm.plan.PlanningException}s. The rules applied to a finished plan live here too, one
 * per class: checks that reject a plan statically ({@link org.partiqlvm.plan.LiteralArgumentCheck})
 * and rewrites that return an equivalent plan ({@link org.partiqlvm.plan.JoinPredicatePushdown}).
 *
 * <pre>{@code
 * Statement ast = Parser.parse(text);
 * LogicalPlan plan = Planner.plan(ast, text, PlannerOptions.withGlobals(Set.of("stream")));
 * }</pre>
 *
 * <p>May import only its {@code plan.node} package, {@code org.partiqlvm.syntax}, {@code
 * org.partiqlvm.value} and the neutral {@code org.partiqlvm.error}.
 */
package org.partiqlvm.plan;
