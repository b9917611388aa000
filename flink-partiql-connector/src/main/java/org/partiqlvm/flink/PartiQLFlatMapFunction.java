package org.partiqlvm.flink;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.EvaluationException;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.error.BadRecordException;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Runs one PartiQL statement on every record of a stream and emits its rows: zero or more per
 * record. The statement is compiled on the client, so a bad statement fails when the job is built;
 * each subtask gets its own {@link PartiQLVM}.
 *
 * <p>Each record is bound under the streaming convention (a one-element bag, global 0 of the plan,
 * see {@link CompileOptions#forStream}). Bad records (malformed input, strict-mode evaluation
 * errors) follow the {@link BadRecordPolicy}; under {@code SKIP}, rows a record emitted before its
 * evaluation error stay emitted. Metrics, in the {@code partiql} group: {@code recordsIn}, {@code
 * rowsOut}, {@code recordsSkipped}.
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

    /**
     * An operator failing the job on a bad record, for a plan that calls no user-defined functions.
     */
    public PartiQLFlatMapFunction(
            CompiledPlan plan, InputCodec<IN> input, OutputCodec<OUT> output) {
        this(plan, input, output, BadRecordPolicy.FAIL, null);
    }

    /**
     * Creates the operator.
     *
     * @param plan the compiled statement; its first global is the stream
     * @param input turns a record into a value
     * @param output turns a row into an output record
     * @param badRecords what to do with a bad record
     * @param udfs the user-defined functions the plan calls; may be null when it calls none
     * @throws IllegalArgumentException if the plan has no global to bind the records to
     */
    public PartiQLFlatMapFunction(
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

    /**
     * JSON text in, JSON text out: compiles {@code statement} with the records bound as {@code
     * stream}, failing the job on a bad record.
     *
     * @throws org.partiqlvm.syntax.PartiQLException if the statement is not valid
     */
    public static PartiQLFlatMapFunction<String, String> json(String statement) {
        return json(statement, BadRecordPolicy.FAIL);
    }

    /** JSON text in, JSON text out, with the given bad-record policy; see {@link #json(String)}. */
    public static PartiQLFlatMapFunction<String, String> json(
            String statement, BadRecordPolicy badRecords) {
        return new PartiQLFlatMapFunction<>(
                PlanCompiler.compile(statement, CompileOptions.forStream("stream")),
                new JsonStringInputCodec(),
                new JsonStringOutputCodec(),
                badRecords,
                null);
    }

    @Override
    public void open(OpenContext openContext) {
        vm = new PartiQLVM(plan, udfs);
        bindings = vm.newBindings();
        MetricGroup metrics = getRuntimeContext().getMetricGroup().addGroup(METRIC_GROUP);
        recordsIn = metrics.counter("recordsIn");
        rowsOut = metrics.counter("rowsOut");
        recordsSkipped = metrics.counter("recordsSkipped");
    }

    @Override
    public void flatMap(IN record, Collector<OUT> out) {
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
        } catch (ValueDecodeException | EvaluationException e) {
            if (badRecords == BadRecordPolicy.FAIL) {
                throw new BadRecordException(input.describe(record), e);
            }
            recordsSkipped.inc();
        }
    }

    @Override
    public void close() {
        vm = null;
        bindings = null;
    }

    @Override
    public TypeInformation<OUT> getProducedType() {
        return output.producedType();
    }

    /** The compiled statement this operator runs. */
    public CompiledPlan plan() {
        return plan;
    }
}
