package org.partiqlvm.flink;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Objects;
import org.apache.flink.annotation.Internal;
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
 * The per-subtask work every PartiQL operator shares: one {@link PartiQLVM} created in {@link
 * #open}, each record bound as global 0 and run, its rows emitted all or none, the {@code partiql}
 * metrics counted and bad records handled under the {@link BadRecordPolicy}.
 *
 * <p>A record's rows are held in a reused buffer until the record has run to the end, so every
 * record ends either as all of its rows or as one counted bad record, never as a part of its rows:
 * an evaluation error on the third row, or more than {@linkplain QuerySettings#maxRowsPerRecord()
 * the row limit}, emits nothing for that record.
 *
 * @param <IN> the input record type
 * @param <OUT> the output record type
 */
@Internal
public final class PartiQLRecordRunner<IN, OUT> implements Serializable {

    private static final long serialVersionUID = 2L;

    /** One record in this many has its evaluation time measured for the histogram. */
    static final int TIMING_SAMPLE_INTERVAL = 64;

    private final CompiledPlan plan;
    private final InputCodec<IN> input;
    private final OutputCodec<OUT> output;
    private final QuerySettings settings;
    private final UdfRegistry udfs;

    private transient PartiQLVM vm;
    private transient Bindings bindings;
    private transient ArrayList<OUT> pending;
    private transient long sampleCountdown;
    private transient RecordMetrics metrics;

    /**
     * Creates the runner.
     *
     * @throws IllegalArgumentException if the plan has no global to bind the records to
     */
    public PartiQLRecordRunner(
            CompiledPlan plan,
            InputCodec<IN> input,
            OutputCodec<OUT> output,
            QuerySettings settings,
            UdfRegistry udfs) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.udfs = udfs;
        if (plan.globalNames().isEmpty()) {
            throw new IllegalArgumentException(
                    "the plan has no global to bind the records to; compile it with"
                            + " CompileOptions.forStream(name)");
        }
    }

    /**
     * Creates the VM and registers the metrics in {@code metrics} (the operator's {@code partiql}
     * group): see {@link RecordMetrics#register}.
     */
    public void open(MetricGroup metrics) {
        open(RecordMetrics.register(metrics));
    }

    /**
     * Creates the VM, counting in metrics registered earlier (by a previous version of a query).
     */
    public void open(RecordMetrics registered) {
        vm = new PartiQLVM(plan, udfs);
        bindings = vm.newBindings();
        input.open(plan);
        pending = new ArrayList<>();
        sampleCountdown = 0;
        metrics = registered;
    }

    /**
     * Runs the statement on one record, emitting all of its rows to {@code out}, or none.
     *
     * @return the dead letter to emit when the record is bad and the policy is {@code DEAD_LETTER},
     *     else null
     * @throws BadRecordException if the record is bad and the policy is {@code FAIL}
     */
    public DeadLetter run(IN record, Collector<OUT> out) {
        return process(record, null, out);
    }

    /**
     * {@link #run(Object, Collector)} for a record the caller decoded already ({@code decoded}), as
     * an operator running several queries does to decode each record once for all of them.
     */
    public DeadLetter run(IN record, Value decoded, Collector<OUT> out) {
        return process(record, Objects.requireNonNull(decoded, "decoded"), out);
    }

    /**
     * Reports a record the caller could not decode ({@link #run(Object, Value, Collector)}'s
     * callers), counting it and applying the bad-record policy as {@link #run(Object, Collector)}
     * would.
     */
    public DeadLetter malformed(IN record, ValueDecodeException error) {
        metrics.recordsIn.inc();
        return badRecord(record, error, DeadLetter.MALFORMED_RECORD, error.line(), error.column());
    }

    private DeadLetter process(IN record, Value decoded, Collector<OUT> out) {
        metrics.recordsIn.inc();
        boolean timed = --sampleCountdown <= 0;
        long start = timed ? System.nanoTime() : 0L;
        try {
            Value value = decoded != null ? decoded : input.decode(record);
            bindings.setStreamRecord(0, value);
            int limit = settings.maxRowsPerRecord();
            try (ResultStream rows = vm.execute(bindings)) {
                for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    if (pending.size() == limit) {
                        pending.clear();
                        return badRecord(record, tooManyRows(), DeadLetter.ROW_LIMIT, -1, -1);
                    }
                    pending.add(output.encode(row));
                }
            }
        } catch (ValueDecodeException e) {
            pending.clear();
            return badRecord(record, e, DeadLetter.MALFORMED_RECORD, e.line(), e.column());
        } catch (EvaluationException e) {
            pending.clear();
            return badRecord(record, e, DeadLetter.EVALUATION_ERROR, e.getLine(), e.getColumn());
        } finally {
            if (timed) {
                metrics.evaluationNanos.update(System.nanoTime() - start);
                sampleCountdown = TIMING_SAMPLE_INTERVAL;
            }
        }
        int n = pending.size();
        for (int i = 0; i < n; i++) {
            out.collect(pending.get(i));
        }
        pending.clear();
        if (n == 0) {
            metrics.recordsWithoutRows.inc();
        } else {
            metrics.rowsOut.inc(n);
        }
        return null;
    }

    private RuntimeException tooManyRows() {
        return new IllegalStateException(
                "query '"
                        + settings.queryId()
                        + "' produced more than "
                        + settings.maxRowsPerRecord()
                        + " rows for one record (the limit is set with maxRowsPerRecord)");
    }

    private DeadLetter badRecord(
            IN record, RuntimeException error, String errorType, int line, int column) {
        switch (settings.badRecords()) {
            case FAIL:
                throw new BadRecordException(settings.queryId(), input.describe(record), error);
            case SKIP:
                metrics.recordsSkipped.inc();
                return null;
            default:
                metrics.recordsDeadLettered.inc();
                return new DeadLetter(
                        input.describe(record),
                        error.getMessage(),
                        errorType,
                        line > 0 ? line : null,
                        column > 0 ? column : null,
                        plan.source(),
                        settings.queryId());
        }
    }

    /** Releases the VM. */
    public void close() {
        vm = null;
        bindings = null;
        pending = null;
    }

    /** The compiled statement. */
    public CompiledPlan plan() {
        return plan;
    }

    /** The query id, policy and row limit. */
    public QuerySettings settings() {
        return settings;
    }

    /** The output codec. */
    public OutputCodec<OUT> output() {
        return output;
    }
}
