package org.partiqlvm.flink;

import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.EvaluationException;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.error.BadRecordException;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * The per-subtask work both PartiQL operators share: one {@link PartiQLVM} created in {@link
 * #open}, each record bound as global 0 and run, the {@code partiql} metrics counted and bad
 * records classified under the {@link BadRecordPolicy}.
 *
 * @param <IN> the input record type
 * @param <OUT> the output record type
 */
final class PartiQLRecordRunner<IN, OUT> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CompiledPlan plan;
    private final InputCodec<IN> input;
    private final OutputCodec<OUT> output;
    private final BadRecordPolicy badRecords;
    private final UdfRegistry udfs;

    private transient PartiQLVM vm;
    private transient Bindings bindings;
    private transient Counter recordsIn;
    private transient Counter rowsOut;
    private transient Counter recordsSkipped;
    private transient Counter recordsDeadLettered;

    PartiQLRecordRunner(
            CompiledPlan plan,
            InputCodec<IN> input,
            OutputCodec<OUT> output,
            BadRecordPolicy badRecords,
            UdfRegistry udfs) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.badRecords = Objects.requireNonNull(badRecords, "badRecords");
        this.udfs = udfs;
        if (plan.globalNames().isEmpty()) {
            throw new IllegalArgumentException(
                    "the plan has no global to bind the records to; compile it with"
                            + " CompileOptions.forStream(name)");
        }
    }

    /** Creates the VM and registers the counters in the {@code partiql} group of {@code parent}. */
    void open(MetricGroup parent) {
        vm = new PartiQLVM(plan, udfs);
        bindings = vm.newBindings();
        input.open(plan);
        MetricGroup metrics = parent.addGroup(PartiQLFlatMapFunction.METRIC_GROUP);
        recordsIn = metrics.counter("recordsIn");
        rowsOut = metrics.counter("rowsOut");
        recordsSkipped = metrics.counter("recordsSkipped");
        recordsDeadLettered = metrics.counter("recordsDeadLettered");
    }

    /**
     * Runs the statement on one record, emitting its rows to {@code out}.
     *
     * @return the dead letter to emit when the record is bad and the policy is {@code DEAD_LETTER},
     *     else null
     * @throws BadRecordException if the record is bad and the policy is {@code FAIL}
     */
    DeadLetter run(IN record, Collector<OUT> out) {
        recordsIn.inc();
        try {
            Value value = input.decode(record);
            bindings.setStreamRecord(0, value);
            try (ResultStream rows = vm.execute(bindings)) {
                for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    out.collect(output.encode(row));
                    rowsOut.inc();
                }
            }
            return null;
        } catch (ValueDecodeException e) {
            return badRecord(record, e, DeadLetter.MALFORMED_RECORD, e.line(), e.column());
        } catch (EvaluationException e) {
            return badRecord(record, e, DeadLetter.EVALUATION_ERROR, e.getLine(), e.getColumn());
        }
    }

    private DeadLetter badRecord(
            IN record, RuntimeException error, String errorType, int line, int column) {
        switch (badRecords) {
            case FAIL:
                throw new BadRecordException(input.describe(record), error);
            case SKIP:
                recordsSkipped.inc();
                return null;
            default:
                recordsDeadLettered.inc();
                return new DeadLetter(
                        input.describe(record),
                        error.getMessage(),
                        errorType,
                        line > 0 ? line : null,
                        column > 0 ? column : null,
                        plan.source());
        }
    }

    void close() {
        vm = null;
        bindings = null;
    }

    CompiledPlan plan() {
        return plan;
    }

    BadRecordPolicy badRecords() {
        return badRecords;
    }

    OutputCodec<OUT> output() {
        return output;
    }
}
