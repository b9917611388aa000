package org.partiqlvm.flink;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;
import org.apache.flink.util.OutputTag;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.EvalMode;
import org.partiqlvm.engine.Limits;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.codec.RowOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The fluent way to run a PartiQL statement over a {@link DataStream}:
 *
 * <pre>{@code
 * SingleOutputStreamOperator<Row> totals = PartiQLStream.from(orders)      // DataStream<String>
 *         .query("SELECT r.id, i.sku, i.qty * i.price AS total"
 *                 + " FROM stream AS r, r.items AS i WHERE i.qty > 0")
 *         .outputRow(Types.LONG, Types.STRING, Types.BIG_DEC)
 *         .onError(BadRecordPolicy.DEAD_LETTER)
 *         .build();
 * DataStream<DeadLetter> bad = totals.getSideOutput(PartiQLStream.DEAD_LETTERS);
 * }</pre>
 *
 * <p>The statement is compiled by {@link #build()}, on the client: a bad statement throws its
 * {@code ParseException} or {@code PlanningException} there, never on the cluster. The operator is
 * a {@link PartiQLProcessFunction} (one VM per subtask), so {@link #DEAD_LETTERS} is there whatever
 * the policy. Defaults: the records are bound as {@code stream}; {@code String} and {@code byte[]}
 * streams are read as JSON; rows are written as JSON text; permissive mode; bad records fail the
 * job; the {@linkplain Limits#DEFAULTS default limits} (at most {@value
 * QuerySettings#DEFAULT_MAX_ROWS_PER_RECORD} rows per record, say); the query id derives from the
 * statement text.
 *
 * @param <IN> the input record type
 * @param <OUT> the output record type
 */
@PublicEvolving
public final class PartiQLStream<IN, OUT> {

    /** The side output of bad records under {@link BadRecordPolicy#DEAD_LETTER}. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = PartiQLProcessFunction.DEAD_LETTERS;

    private final DataStream<IN> input;
    private String statement;
    private CompiledPlan plan;
    private String streamName = "stream";
    private EvalMode mode = EvalMode.COERCE;
    private UdfRegistry udfs;
    private InputCodec<IN> inputCodec;
    private OutputCodec<OUT> outputCodec;
    private TypeInformation<?>[] rowTypes;
    private BadRecordPolicy onError = BadRecordPolicy.FAIL;
    private Limits limits = Limits.DEFAULTS;
    private String queryId;
    private String uid;

    private PartiQLStream(DataStream<IN> input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** Starts a PartiQL operator on {@code input}; its rows are JSON text until told otherwise. */
    public static <IN> PartiQLStream<IN, String> from(DataStream<IN> input) {
        PartiQLStream<IN, String> s = new PartiQLStream<>(input);
        s.outputCodec = new JsonStringOutputCodec();
        return s;
    }

    /** The statement to run on every record, compiled by {@link #build()}. */
    public PartiQLStream<IN, OUT> query(String text) {
        this.statement = Objects.requireNonNull(text, "text");
        this.plan = null;
        return this;
    }

    /**
     * A statement compiled already (with {@link CompileOptions#forStream}); the stream name, mode
     * and UDF signatures are then the plan's.
     */
    public PartiQLStream<IN, OUT> plan(CompiledPlan compiled) {
        this.plan = Objects.requireNonNull(compiled, "compiled");
        this.statement = null;
        return this;
    }

    /** The name the statement reads each record by (default {@code stream}). */
    public PartiQLStream<IN, OUT> streamName(String name) {
        this.streamName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** {@link EvalMode#COERCE} (permissive, the default) or {@link EvalMode#ERROR} (strict). */
    public PartiQLStream<IN, OUT> mode(EvalMode evalMode) {
        this.mode = Objects.requireNonNull(evalMode, "evalMode");
        return this;
    }

    /** The user-defined functions the statement may call. */
    public PartiQLStream<IN, OUT> udfs(UdfRegistry registry) {
        this.udfs = registry;
        return this;
    }

    /**
     * How records become values; needed unless the stream holds {@code String} or {@code byte[]}.
     */
    public PartiQLStream<IN, OUT> input(InputCodec<IN> codec) {
        this.inputCodec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /** How rows become output records. */
    public <T> PartiQLStream<IN, T> output(OutputCodec<T> codec) {
        PartiQLStream<IN, T> next = copy();
        next.outputCodec = Objects.requireNonNull(codec, "codec");
        next.rowTypes = null;
        return next;
    }

    /**
     * Rows as Flink {@link Row}s named after the statement's columns, with these field types in
     * column order (see {@link RowOutputCodec#of}).
     */
    public PartiQLStream<IN, Row> outputRow(TypeInformation<?>... types) {
        PartiQLStream<IN, Row> next = copy();
        next.outputCodec = null;
        next.rowTypes = types.clone();
        return next;
    }

    /** What to do with a bad record (default {@link BadRecordPolicy#FAIL}). */
    public PartiQLStream<IN, OUT> onError(BadRecordPolicy policy) {
        this.onError = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** The most rows one record may produce (default 100,000); more makes the record bad. */
    public PartiQLStream<IN, OUT> maxRowsPerRecord(int max) {
        this.limits = limits.withRowsPerRecord(max);
        return this;
    }

    /**
     * The limits every record runs under (default {@link Limits#DEFAULTS}): a record past one
     * becomes a bad record naming the limit. Replaces an earlier {@link #maxRowsPerRecord}.
     */
    public PartiQLStream<IN, OUT> limits(Limits newLimits) {
        this.limits = Objects.requireNonNull(newLimits, "limits");
        return this;
    }

    /** Names the query in dead letters, failures and the operator name. */
    public PartiQLStream<IN, OUT> queryId(String id) {
        this.queryId = Objects.requireNonNull(id, "id");
        return this;
    }

    /** The operator's uid, for savepoint compatibility. */
    public PartiQLStream<IN, OUT> uid(String operatorUid) {
        this.uid = Objects.requireNonNull(operatorUid, "operatorUid");
        return this;
    }

    /**
     * Compiles the statement and adds the operator to the job.
     *
     * @throws org.partiqlvm.syntax.PartiQLException if the statement is not valid
     * @throws IllegalStateException if no statement was given, or no input codec fits the stream
     */
    public SingleOutputStreamOperator<OUT> build() {
        CompiledPlan compiled = compile();
        QuerySettings settings =
                new QuerySettings(
                        queryId != null ? queryId : QuerySettings.defaultQueryId(compiled.source()),
                        onError,
                        limits);
        PartiQLProcessFunction<IN, OUT> function =
                new PartiQLProcessFunction<>(
                        compiled, inputCodec(), outputCodec(compiled), settings, udfs);
        SingleOutputStreamOperator<OUT> out =
                input.process(function, function.getProducedType())
                        .name("PartiQL[" + settings.queryId() + "]");
        return uid != null ? out.uid(uid) : out;
    }

    private CompiledPlan compile() {
        if (plan != null) {
            return plan;
        }
        if (statement == null) {
            throw new IllegalStateException("no statement: call query(...) or plan(...)");
        }
        CompileOptions options = CompileOptions.forStream(streamName).withMode(mode);
        return PlanCompiler.compile(statement, udfs == null ? options : options.withUdfs(udfs));
    }

    @SuppressWarnings("unchecked")
    private InputCodec<IN> inputCodec() {
        if (inputCodec != null) {
            return inputCodec;
        }
        TypeInformation<IN> type = input.getType();
        if (type.equals(Types.STRING)) {
            return (InputCodec<IN>) new JsonStringInputCodec();
        }
        if (type.equals(Types.PRIMITIVE_ARRAY(Types.BYTE))) {
            return (InputCodec<IN>) new JsonBytesInputCodec();
        }
        throw new IllegalStateException(
                "no input codec for records of type "
                        + type
                        + "; call input(...) with a codec from org.partiqlvm.flink.codec");
    }

    @SuppressWarnings("unchecked")
    private OutputCodec<OUT> outputCodec(CompiledPlan compiled) {
        if (rowTypes != null) {
            return (OutputCodec<OUT>) RowOutputCodec.of(compiled, rowTypes);
        }
        return outputCodec;
    }

    @SuppressWarnings("unchecked")
    private <T> PartiQLStream<IN, T> copy() {
        PartiQLStream<IN, T> next = new PartiQLStream<>(input);
        next.statement = statement;
        next.plan = plan;
        next.streamName = streamName;
        next.mode = mode;
        next.udfs = udfs;
        next.inputCodec = inputCodec;
        next.onError = onError;
        next.limits = limits;
        next.queryId = queryId;
        next.uid = uid;
        return next;
    }
}
