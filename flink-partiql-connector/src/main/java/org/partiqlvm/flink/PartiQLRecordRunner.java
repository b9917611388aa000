package org.partiqlvm.flink;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.flink.annotation.Internal;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.RecordOutcome;
import org.partiqlvm.engine.RecordRunner;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.error.BadRecordException;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;

/**
 * The per-subtask work every PartiQL operator shares: the engine's {@link RecordRunner} (the same
 * per-record core as the command line's) created in {@link #open}, each record's rows emitted all
 * or none, the {@code partiql} metrics counted and bad records handled under the {@link
 * BadRecordPolicy}, each with the {@link org.partiqlvm.engine.BadRecordReason} as its dead letter's
 * {@code errorType}.
 *
 * <p>A record's rows are held in a reused buffer until the record has run to the end, so every
 * record ends either as all of its rows or as one counted bad record, never as a part of its rows:
 * an evaluation error on the third row, more than {@linkplain QuerySettings#maxRowsPerRecord() the
 * row limit}, or any other of the {@linkplain QuerySettings#limits() limits}, emits nothing for
 * that record. No failure of one record escapes as anything but its bad record ({@link
 * RecordRunner}).
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

    private transient RecordRunner<IN, OUT> core;
    private transient long sampleCountdown;
    private transient RecordMetrics metrics;

    /**
     * Creates the runner.
     *
     * @throws IllegalArgumentException if the plan has no global to bind the records to
     * @throws org.partiqlvm.plan.PlanningException if the statement has a parameter {@code ?}
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
        RecordRunner.checkRunnable(plan);
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
        input.open(plan);
        Limits limits = settings.limits();
        core =
                new RecordRunner<>(
                        "query '" + settings.queryId() + "'",
                        plan,
                        udfs,
                        limits,
                        record -> decode(input, record, limits),
                        output::encode);
        sampleCountdown = 0;
        metrics = registered;
    }

    /**
     * Decodes {@code record} with {@code codec}, first making a record larger than {@link
     * Limits#recordSize()} (as far as {@link InputCodec#sizeOf} knows) a bad record.
     *
     * @throws LimitExceededException if the record is too large
     * @throws org.partiqlvm.value.ValueDecodeException if it is malformed
     */
    public static <IN> Value decode(InputCodec<IN> codec, IN record, Limits limits) {
        long size = codec.sizeOf(record, limits.recordSize());
        if (size > limits.recordSize()) {
            throw new LimitExceededException(
                    Limits.RECORD_SIZE,
                    limits.recordSize(),
                    "the record has " + size + " bytes, more than a record may",
                    null,
                    null);
        }
        return codec.decode(record);
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
     * callers: a {@link org.partiqlvm.value.ValueDecodeException}, a {@link LimitExceededException}
     * for its size, or any other failure), counting it and applying the bad-record policy as {@link
     * #run(Object, Collector)} would.
     */
    public DeadLetter malformed(IN record, RuntimeException error) {
        metrics.recordsIn.inc();
        return badRecord(record, core.failed(error));
    }

    private DeadLetter process(IN record, Value decoded, Collector<OUT> out) {
        metrics.recordsIn.inc();
        boolean timed = --sampleCountdown <= 0;
        long start = timed ? System.nanoTime() : 0L;
        RecordOutcome outcome = decoded != null ? core.runDecoded(decoded) : core.run(record);
        if (timed) {
            metrics.evaluationNanos.update(System.nanoTime() - start);
            sampleCountdown = TIMING_SAMPLE_INTERVAL;
        }
        if (!outcome.isOk()) {
            return badRecord(record, outcome);
        }
        List<OUT> rows = core.rows();
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            out.collect(rows.get(i));
        }
        if (n == 0) {
            metrics.recordsWithoutRows.inc();
        } else {
            metrics.rowsOut.inc(n);
        }
        return null;
    }

    private DeadLetter badRecord(IN record, RecordOutcome outcome) {
        switch (settings.badRecords()) {
            case FAIL:
                throw new BadRecordException(
                        settings.queryId(), input.describe(record), outcome.error());
            case SKIP:
                metrics.recordsSkipped.inc();
                return null;
            default:
                metrics.recordsDeadLettered.inc();
                return new DeadLetter(
                        input.describe(record),
                        outcome.message(),
                        outcome.reason().name(),
                        outcome.line() > 0 ? outcome.line() : null,
                        outcome.column() > 0 ? outcome.column() : null,
                        plan.source(),
                        settings.queryId());
        }
    }

    /** Releases the VM. */
    public void close() {
        core = null;
    }

    /** The compiled statement. */
    public CompiledPlan plan() {
        return plan;
    }

    /** The query id, policy and limits. */
    public QuerySettings settings() {
        return settings;
    }

    /** The output codec. */
    public OutputCodec<OUT> output() {
        return output;
    }
}
