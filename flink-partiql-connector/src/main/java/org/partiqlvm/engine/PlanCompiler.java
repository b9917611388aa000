package org.partiqlvm.engine;

import org.partiqlvm.engine.compile.InputPathCollector;
import org.partiqlvm.engine.compile.StatementCompiler;
import org.partiqlvm.plan.LogicalPlan;
import org.partiqlvm.plan.Planner;

/**
 * Compiles PartiQL text into a {@link CompiledPlan}: parse, plan, compile.
 *
 * <pre>{@code
 * CompiledPlan plan = PlanCompiler.compile(
 *         "SELECT r.id, i.sku FROM stream AS r, r.items AS i WHERE i.qty > 0",
 *         CompileOptions.forStream("stream"));
 * }</pre>
 *
 * <p>Mistakes surface here, before any record is read: a {@link
 * org.partiqlvm.syntax.ParseException} for syntax, a {@link org.partiqlvm.plan.PlanningException}
 * for undefined names, misused aggregates, unknown functions or calls with the wrong number of
 * arguments (built-in or user-defined, see {@link CompileOptions#withUdfs}), each with line:column
 * and a caret snippet.
 */
public final class PlanCompiler {

    private PlanCompiler() {}

    /** Parses, plans ({@link Planner#parseAndPlan}) and compiles a statement. */
    public static CompiledPlan compile(String statement, CompileOptions options) {
        return compile(Planner.parseAndPlan(statement, options.plannerOptions()), options);
    }

    /**
     * Compiles an already planned statement: for callers that rewrite the syntax tree first, then
     * plan it with {@link Planner#plan(org.partiqlvm.syntax.ast.Statement, String,
     * org.partiqlvm.plan.PlannerOptions)} and {@link CompileOptions#plannerOptions()}.
     */
    public static CompiledPlan compile(LogicalPlan plan, CompileOptions options) {
        StatementCompiler.Parts parts =
                StatementCompiler.compile(plan, options.mode(), options.globals(), options.udfs());
        OutputSchema schema =
                parts.rows() != null && parts.columnNames() != null
                        ? OutputSchema.ofColumns(parts.columnNames(), parts.columnTypes())
                        : OutputSchema.ofValue();
        return new CompiledPlan(
                plan.source(),
                options.mode(),
                options.globals(),
                parts.slotCount(),
                parts.stateCount(),
                parts.rows(),
                parts.outputSlots(),
                schema,
                parts.ordered(),
                parts.value(),
                parts.valueSlot(),
                plan.explain(),
                parts.udfSignatures(),
                parts.udfStateIndices(),
                parts.scanOnlyGlobals(),
                InputPathCollector.projections(plan, options.globals()),
                plan.parameterCount());
    }
}
