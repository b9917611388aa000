package org.partiqlvm.flink;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
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
 * Runs one PartiQL statement on every record of a stream, like {@link PartiQLFlatMapFunction}, and
 * can also send bad records to a side output: under {@link BadRecordPolicy#DEAD_LETTER} each bad
 * record goes to {@link #DEAD_LETTERS} as a {@link DeadLetter} and is counted in {@code
 * partiql.recordsDeadLettered}. {@code FAIL} and {@code SKIP} behave as in the flat map.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<String> totals = orders.process(PartiQLProcessFunction.json(
 *         "SELECT r.id FROM stream AS r", BadRecordPolicy.DEAD_LETTER));
 * DataStream<DeadLetter> bad = totals.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS);
 * }</pre>
 *
 * @param <IN> the input record type
 * @param <OUT> the output record type
 */
@PublicEvolving
public class PartiQLProcessFunction<IN, OUT> extends ProcessFunction<IN, OUT>
        implements ResultTypeQueryable<OUT> {

    private static final long serialVersionUID = 1L;

    /** The side output of bad records under {@link BadRecordPolicy#DEAD_LETTER}. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("partiql-dead-letters", TypeInformation.of(DeadLetter.class));

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
     * @throws IllegalArgumentException if the plan has no global to bind the records to
     */
    public PartiQLProcessFunction(
            CompiledPlan plan,
            InputCodec<IN> input,
            OutputCodec<OUT> output,
            QuerySettings settings,
            UdfRegistry udfs) {
        this.runner =
                new PartiQLRecordRunner<>(
                        plan, input, output, settings, Objects.requireNonNull(udfs, "udfs"));
    }

    /**
     * JSON text in, JSON text out: compiles {@code statement} with the records bound as {@code
     * stream}.
     *
     * @throws org.partiqlvm.error.PartiQLException if the statement is not valid
     */
    public static PartiQLProcessFunction<String, String> json(
            String statement, BadRecordPolicy badRecords) {
        CompiledPlan plan = PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
        return new PartiQLProcessFunction<>(
                plan,
                new JsonStringInputCodec(),
                new JsonStringOutputCodec(),
                QuerySettings.defaults(plan.source(), badRecords),
                UdfRegistry.empty());
    }

    @Override
    public void open(OpenContext openContext) {
        runner.open(
                getRuntimeContext().getMetricGroup().addGroup(PartiQLFlatMapFunction.METRIC_GROUP));
    }

    @Override
    public void processElement(IN record, Context ctx, Collector<OUT> out) {
        DeadLetter deadLetter = runner.run(record, out);
        if (deadLetter != null) {
            ctx.output(DEAD_LETTERS, deadLetter);
        }
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
