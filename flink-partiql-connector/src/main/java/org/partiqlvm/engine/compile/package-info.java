/**
 * The plan compiler's internals: turns a {@link org.partiqlvm.plan.LogicalPlan} into evaluators and
 * operator specs, assigning slots to variables and temporaries ({@code SlotAllocator}), resolving
 * functions against the built-in table, and checking what only the engine knows (function arity,
 * type names). Users call {@link org.partiqlvm.engine.PlanCompiler}.
 */
package org.partiqlvm.engine.compile;
