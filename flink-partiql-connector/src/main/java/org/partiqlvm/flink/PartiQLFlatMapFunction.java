package org.partiqlvm.flink;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * Runs one PartiQL statement on every record of a stream and emits its rows: zero or more per
 * record. The statement is compiled on the client, so a bad statement fails when the job is built;
 * each subtask gets its own {@link org.partiqlvm.engine.PartiQLVM}.
 *
 * <p>Each record is bound under the streaming convention (a one-element bag, global 0 of the plan,
 * see {@link CompileOptions#forStream}). A record's rows are emitted all or none: bad records
 * (malformed input, strict-mode evaluation errors, more rows than {@link
 * QuerySettings#maxRowsPerRecord()} or past another of the {@link QuerySettings#limits()}) emit
 * nothing and follow the {@link BadRecordPolicy}. Metrics, in the {@code partiql} group: {@code
 * recordsIn}, {@code rowsOut}, {@code recordsWithoutRows}, {@code recordsSkipped}, {@code
 * recordsDeadLettered} and the sampled {@code evaluationNanos} histogram; {@link
 * BadRecordPolicy#DEAD_LETTER} needs {@link PartiQLProcessFunction}.
 *
 * <pre>{@code
 * DataStream<String> totals = orders.flatMap(PartiQLFlatMapFunction.json(
 *         "SELECT r.id, i.sku, i.qty * i.price AS total "
 *                 + "FROM stream AS r, r.items AS i WHERE i.qty > 0"));
 * }</pre>
 *
 * @param <IN> the input record type
 * @param <OUT> the output record type
 */
@PublicEvolving
public class PartiQLFlatMapFunction<IN, OUT> extends RichFlatMapFunction<IN, OUT>
        implements ResultTypeQueryable<OUT> {

    private static final long serialVersionUID = 1L;

    /** The name of the metric group of the counters. */
    public static final String METRIC_GROUP = "partiql";

    private final PartiQLRecordRunner<IN, OUT> runner;

    /**
     * Creates the operator.
     *
     * @param plan the compiled statement; its first global is the stream
     * @param input turns a record into a value
     * @param output turns a row into an output record
     * @param settings the query id, the bad-record policy and the limits (see {@link
     *     QuerySettings#defaults})
     * @param udfs the user-defined functions the plan calls ({@link UdfRegistry#empty()} when it
     *     calls none)
     * @throws IllegalArgumentException if the plan has no global to bind the records to, or the
     *     policy is {@code DEAD_LETTER} (use {@link PartiQLProcessFunction})
     */
    public PartiQLFlatMapFunction(
            CompiledPlan plan,
            InputCodec<IN> input,
            OutputCodec<OUT> output,
            QuerySettings settings,
            UdfRegistry udfs) {
        if (settings.badRecords() == BadRecordPolicy.DEAD_LETTER) {
            throw new IllegalArgumentException(
                    "BadRecordPolicy.DEAD_LETTER needs a side output, which a flat map does not"
                            + " have; use PartiQLProcessFunction with process(...) and read"
                            + " PartiQLProcessFunction.DEAD_LETTERS");
        }
        this.runner =
                new PartiQLRecordRunner<>(
                        plan, input, output, settings, Objects.requireNonNull(udfs, "udfs"));
    }

    /**
     * JSON text in, JSON text out: compiles {@code statement} with the records bound as {@code
     * stream}, failing the job on a bad record.
     *
     * @throws org.partiqlvm.error.PartiQLException if the statement is not valid
     */
    public static PartiQLFlatMapFunction<String, String> json(String statement) {
        return json(statement, BadRecordPolicy.FAIL);
    }

    /** JSON text in, JSON text out, with the given bad-record policy; see {@link #json(String)}. */
    public static PartiQLFlatMapFunction<String, String> json(
            String statement, BadRecordPolicy badRecords) {
        CompiledPlan plan = PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
        return new PartiQLFlatMapFunction<>(
                plan,
                new JsonStringInputCodec(),
                new JsonStringOutputCodec(),
                QuerySettings.defaults(plan.source(), badRecords),
                UdfRegistry.empty());
    }

    @Override
    public void open(OpenContext openContext) {
        runner.open(getRuntimeContext().getMetricGroup().addGroup(METRIC_GROUP));
    }

    @Override
    public void flatMap(IN record, Collector<OUT> out) {
        runner.run(record, out);
    }

    @Override
    public void close() {
        runner.close();
    }

    @Override
    public TypeInformation<OUT> getProducedType() {
        return runner.output().producedType();
    }

    /** The compiled statement this operator runs. */
    public CompiledPlan plan() {
        return runner.plan();
    }
}
