package org.partiqlvm.engine;

import java.io.Serializable;
import java.util.List;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.json.JsonProjection;

/**
 * A statement compiled for the PartiQLVM: immutable, thread-safe and {@link Serializable}, so it is
 * built once (on a Flink client, say) and shipped to every thread that runs it.
 *
 * <p>It holds the operator specs, the scalar evaluators and the slot layout; it has no per-run
 * state. Any number of {@link PartiQLVM}s, one per thread, can run it at once.
 *
 * <p>A statement is either a <em>query</em> whose rows stream out one at a time ({@link
 * #isQuery()}: {@code rows} produces them, {@code outputSlots} hold their columns) or a plain
 * <em>expression</em> that yields one value ({@code value}).
 *
 * <p>A plan that calls user-defined functions records their {@linkplain #udfSignatures()
 * signatures}, not their code: the VM gets the implementations from the {@link UdfRegistry} it is
 * created with.
 */
public final class CompiledPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final EvalMode mode;
    private final List<String> globalNames;
    private final int slotCount;
    private final int stateCount;
    private final RelSpec rows;
    private final int[] outputSlots;
    private final OutputSchema schema;
    private final boolean ordered;
    private final Eval value;
    private final int valueSlot;
    private final String explain;
    private final List<FunctionSignature> udfSignatures;
    private final int[] udfStateIndices;
    private final boolean[] scanOnlyGlobals;
    private final JsonProjection[] inputProjections;
    private final int parameterCount;

    CompiledPlan(
            String source,
            EvalMode mode,
            List<String> globalNames,
            int slotCount,
            int stateCount,
            RelSpec rows,
            int[] outputSlots,
            OutputSchema schema,
            boolean ordered,
            Eval value,
            int valueSlot,
            String explain,
            List<FunctionSignature> udfSignatures,
            int[] udfStateIndices,
            boolean[] scanOnlyGlobals,
            JsonProjection[] inputProjections,
            int parameterCount) {
        this.source = source;
        this.mode = mode;
        this.globalNames = List.copyOf(globalNames);
        this.slotCount = slotCount;
        this.stateCount = stateCount;
        this.rows = rows;
        this.outputSlots = outputSlots.clone();
        this.schema = schema;
        this.ordered = ordered;
        this.value = value;
        this.valueSlot = valueSlot;
        this.explain = explain;
        this.udfSignatures = List.copyOf(udfSignatures);
        this.udfStateIndices = udfStateIndices.clone();
        this.scanOnlyGlobals = scanOnlyGlobals.clone();
        this.inputProjections = inputProjections.clone();
        this.parameterCount = parameterCount;
    }

    /**
     * What the statement can observe of global {@code index} when it is JSON: pass it to {@link
     * org.partiqlvm.value.json.JsonValueReader#read(byte[], JsonProjection)} to build only that
     * (other fields are skipped by the parser). {@link JsonProjection#all()} when the statement may
     * look at the whole value.
     */
    public JsonProjection inputProjection(int index) {
        return index < inputProjections.length ? inputProjections[index] : JsonProjection.all();
    }

    /**
     * How many positional parameters ({@code ?}) the statement has; an execution must bind at least
     * as many ({@link Bindings#setParameters}).
     */
    public int parameterCount() {
        return parameterCount;
    }

    /** The statement text. */
    public String source() {
        return source;
    }

    /** The evaluation mode the plan was compiled for. */
    public EvalMode mode() {
        return mode;
    }

    /** The global names an execution binds, in index order (see {@link Bindings}). */
    public List<String> globalNames() {
        return globalNames;
    }

    /** The names (and, where known, types) of the output columns. */
    public OutputSchema schema() {
        return schema;
    }

    /** True when the statement is a query whose rows stream out; false for a plain expression. */
    public boolean isQuery() {
        return rows != null;
    }

    /** True when the query's result is ordered (it has ORDER BY): a LIST rather than a BAG. */
    public boolean isOrdered() {
        return ordered;
    }

    /**
     * The physical plan as indented text (EXPLAIN): the frame's slots, what the statement reads of
     * each global (its JSON projection), the output columns' slots, and the operators as compiled
     * (the join strategy, the slots each writes), evaluators shown as their statement text.
     */
    public String explain() {
        return PhysicalPlanPrinter.print(this);
    }

    /** The logical plan as indented text, as the planner made it (EXPLAIN LOGICAL). */
    public String explainLogical() {
        return explain;
    }

    /** The user-defined functions the plan calls; a VM must be given a registry providing them. */
    public List<FunctionSignature> udfSignatures() {
        return udfSignatures;
    }

    int[] udfStateIndices() {
        return udfStateIndices;
    }

    /**
     * Whether global {@code index} is only ranged over by FROM scans, never read as a value: then
     * its bound collection cannot escape an execution (see {@link Bindings#setStreamRecord}).
     */
    boolean isScanOnlyGlobal(int index) {
        return scanOnlyGlobals[index];
    }

    int slotCount() {
        return slotCount;
    }

    int stateCount() {
        return stateCount;
    }

    RelSpec rows() {
        return rows;
    }

    int[] outputSlots() {
        return outputSlots;
    }

    Eval value() {
        return value;
    }

    int valueSlot() {
        return valueSlot;
    }

    @Override
    public String toString() {
        return "CompiledPlan[" + source + "]";
    }
}
