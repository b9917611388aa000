/**
 * The logical plan: {@link org.partiqlvm.plan.Planner} turns a parsed statement into an immutable
 * {@link org.partiqlvm.plan.LogicalPlan} of scalar expressions ({@code plan.expr}) and relational
 * nodes ({@code plan.rel}), resolving names with PartiQL scoping and lowering special forms; {@link
 * org.partiqlvm.plan.PlanPrinter} renders it as EXPLAIN text; static errors are {@link
 * org.partiqlvm.plan.PlanningException}s; {@code plan.rule} holds checks and rewrites, one per
 * class.
 *
 * <pre>{@code
 * Statement ast = Parser.parse(text);
 * LogicalPlan plan = Planner.plan(ast, text, PlannerOptions.withGlobals(Set.of("stream")));
 * }</pre>
 *
 * <p>May import only {@code org.partiqlvm.syntax}, {@code org.partiqlvm.value} and the neutral
 * {@code org.partiqlvm.error}.
 */
package org.partiqlvm.plan;
