package org.partiqlvm.engine.compile;

import java.util.List;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.UserFunctions;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.plan.LogicalPlan;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.Query;

/**
 * Compiles one logical plan into the parts of a compiled plan. Internal: users call {@code
 * PlanCompiler}.
 */
public final class StatementCompiler {

    /**
     * The compiled parts of a statement.
     *
     * @param rows the operators of a row-producing query, or null for a value statement
     * @param outputSlots the slots of each row's columns (queries)
     * @param columnNames the column names of a SELECT list, or null for value rows
     * @param columnTypes the static type name of each column ({@code ANY} when unknown), or null
     * @param ordered whether the query result is ordered
     * @param value the evaluator of a value statement, or null for a query
     * @param valueSlot the slot the value is evaluated into
     * @param slotCount the number of frame slots
     * @param stateCount the number of per-VM state objects
     * @param udfSignatures the user-defined functions called
     * @param udfStateIndices where the VM installs each of them (frame state indices)
     * @param scanOnlyGlobals for each global, whether it is only ranged over by FROM scans
     */
    public record Parts(
            RelSpec rows,
            int[] outputSlots,
            List<String> columnNames,
            List<String> columnTypes,
            boolean ordered,
            Eval value,
            int valueSlot,
            int slotCount,
            int stateCount,
            List<FunctionSignature> udfSignatures,
            int[] udfStateIndices,
            boolean[] scanOnlyGlobals) {}

    private StatementCompiler() {}

    /**
     * Compiles a plan whose calls may name user-defined functions.
     *
     * @param plan the logical plan
     * @param mode the evaluation mode
     * @param globals the global names, in binding index order
     * @param udfs the user-defined functions
     */
    public static Parts compile(
            LogicalPlan plan, EvalMode mode, List<String> globals, UserFunctions udfs) {
        CompilationContext context =
                new CompilationContext(plan.variables().size(), mode, plan.source(), globals, udfs);
        if (plan.root() instanceof Query query && !(query.rel() instanceof Pivot)) {
            CompiledQuery compiled = context.rels().compileQuery(query);
            return new Parts(
                    compiled.rel(),
                    compiled.outputSlots(),
                    compiled.columnNames(),
                    compiled.columnTypes(),
                    compiled.ordered(),
                    null,
                    -1,
                    context.slots().slotCount(),
                    context.slots().stateCount(),
                    context.udfSignatures(),
                    context.udfStateIndices(),
                    context.scanOnlyGlobals());
        }
        Eval value = context.exprs().compile(plan.root());
        int valueSlot = context.slots().temp();
        return new Parts(
                null,
                new int[0],
                null,
                null,
                false,
                value,
                valueSlot,
                context.slots().slotCount(),
                context.slots().stateCount(),
                context.udfSignatures(),
                context.udfStateIndices(),
                context.scanOnlyGlobals());
    }
}
