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
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.codec.RowOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The fluent way to run a PartiQL statement over a {@link DataStream}: an immutable description of
 * the operator (every setter returns a new value), attached to a stream by one explicit call,
 * {@link #applyTo}.
 *
 * <pre>{@code
 * PartiQLStream<Object, Row> totals = PartiQLStream
 *         .query("SELECT r.id, i.sku, i.qty * i.price AS total"
 *                 + " FROM stream AS r, r.items AS i WHERE i.qty > 0")
 *         .outputRow(Types.LONG, Types.STRING, Types.BIG_DEC)
 *         .onError(BadRecordPolicy.DEAD_LETTER);
 * SingleOutputStreamOperator<Row> rows = totals.applyTo(orders);     // DataStream<String>
 * DataStream<DeadLetter> bad = rows.getSideOutput(PartiQLStream.DEAD_LETTERS);
 * }</pre>
 *
 * <p>The statement is compiled by {@link #applyTo}, on the client: a bad statement throws its
 * {@code ParseException} or {@code PlanningException} there, never on the cluster. The operator is
 * a {@link PartiQLProcessFunction} (one VM per subtask), so {@link #DEAD_LETTERS} is there whatever
 * the policy. Defaults: the records are bound as {@code stream}; {@code String} and {@code byte[]}
 * streams are read as JSON; rows are written as JSON text; permissive mode; no user-defined
 * functions; bad records fail the job; the {@linkplain Limits#DEFAULTS default limits} (at most
 * {@value QuerySettings#DEFAULT_MAX_ROWS_PER_RECORD} rows per record, say); the query id derives
 * from the statement text.
 *
 * @param <IN> the input record type ({@code Object} until {@link #input} names a codec)
 * @param <OUT> the output record type
 */
@PublicEvolving
public final class PartiQLStream<IN, OUT> {

    /** The side output of bad records under {@link BadRecordPolicy#DEAD_LETTER}. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = PartiQLProcessFunction.DEAD_LETTERS;

    private final String statement;
    private final CompiledPlan plan;
    private final String streamName;
    private final EvalMode mode;
    private final UdfRegistry udfs;
    private final InputCodec<IN> inputCodec;
    private final OutputCodec<OUT> outputCodec;
    private final TypeInformation<?>[] rowTypes;

    /** Everything but the query id, which is {@link #queryId} or derived from the statement. */
    private final QuerySettings settings;

    private final String queryId;
    private final String uid;

    private PartiQLStream(
            String statement,
            CompiledPlan plan,
            String streamName,
            EvalMode mode,
            UdfRegistry udfs,
            InputCodec<IN> inputCodec,
            OutputCodec<OUT> outputCodec,
            TypeInformation<?>[] rowTypes,
            QuerySettings settings,
            String queryId,
            String uid) {
        this.statement = statement;
        this.plan = plan;
        this.streamName = streamName;
        this.mode = mode;
        this.udfs = udfs;
        this.inputCodec = inputCodec;
        this.outputCodec = outputCodec;
        this.rowTypes = rowTypes;
        this.settings = settings;
        this.queryId = queryId;
        this.uid = uid;
    }

    private static PartiQLStream<Object, String> start(String statement, CompiledPlan plan) {
        return new PartiQLStream<>(
                statement,
                plan,
                "stream",
                EvalMode.COERCE,
                UdfRegistry.empty(),
                null,
                new JsonStringOutputCodec(),
                null,
                QuerySettings.defaults("", BadRecordPolicy.FAIL),
                null,
                null);
    }

    /**
     * The statement to run on every record, compiled by {@link #applyTo}; its rows are JSON text
     * until told otherwise.
     */
    public static PartiQLStream<Object, String> query(String text) {
        return start(Objects.requireNonNull(text, "text"), null);
    }

    /**
     * A statement compiled already (with {@link CompileOptions#forStream}); the stream name, mode
     * and UDF signatures are then the plan's (give the implementations with {@link #udfs}).
     */
    public static PartiQLStream<Object, String> plan(CompiledPlan compiled) {
        return start(null, Objects.requireNonNull(compiled, "compiled"));
    }

    /** The name the statement reads each record by (default {@code stream}). */
    public PartiQLStream<IN, OUT> streamName(String name) {
        return new PartiQLStream<>(
                statement,
                plan,
                Objects.requireNonNull(name, "name"),
                mode,
                udfs,
                inputCodec,
                outputCodec,
                rowTypes,
                settings,
                queryId,
                uid);
    }

    /** {@link EvalMode#COERCE} (permissive, the default) or {@link EvalMode#ERROR} (strict). */
    public PartiQLStream<IN, OUT> mode(EvalMode evalMode) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                Objects.requireNonNull(evalMode, "evalMode"),
                udfs,
                inputCodec,
                outputCodec,
                rowTypes,
                settings,
                queryId,
                uid);
    }

    /** The user-defined functions the statement may call (default {@link UdfRegistry#empty()}). */
    public PartiQLStream<IN, OUT> udfs(UdfRegistry registry) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                Objects.requireNonNull(registry, "registry"),
                inputCodec,
                outputCodec,
                rowTypes,
                settings,
                queryId,
                uid);
    }

    /**
     * How records become values; needed unless the stream holds {@code String} or {@code byte[]}.
     */
    public <T> PartiQLStream<T, OUT> input(InputCodec<T> codec) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                Objects.requireNonNull(codec, "codec"),
                outputCodec,
                rowTypes,
                settings,
                queryId,
                uid);
    }

    /** How rows become output records. */
    public <T> PartiQLStream<IN, T> output(OutputCodec<T> codec) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                inputCodec,
                Objects.requireNonNull(codec, "codec"),
                null,
                settings,
                queryId,
                uid);
    }

    /**
     * Rows as Flink {@link Row}s named after the statement's columns, with these field types in
     * column order (see {@link RowOutputCodec#of}).
     */
    public PartiQLStream<IN, Row> outputRow(TypeInformation<?>... types) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                inputCodec,
                null,
                types.clone(),
                settings,
                queryId,
                uid);
    }

    /**
     * The bad-record policy and limits, all at once; the query id is still {@link #queryId}'s, or
     * derived from the statement.
     */
    public PartiQLStream<IN, OUT> settings(QuerySettings querySettings) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                inputCodec,
                outputCodec,
                rowTypes,
                Objects.requireNonNull(querySettings, "querySettings"),
                queryId,
                uid);
    }

    /** What to do with a bad record (default {@link BadRecordPolicy#FAIL}). */
    public PartiQLStream<IN, OUT> onError(BadRecordPolicy policy) {
        return settings(settings.withBadRecords(Objects.requireNonNull(policy, "policy")));
    }

    /**
     * The most rows one record may produce (default 100,000); more makes the record bad.
     *
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public PartiQLStream<IN, OUT> maxRowsPerRecord(int max) {
        return settings(settings.withMaxRowsPerRecord(max));
    }

    /**
     * The limits every record runs under (default {@link Limits#DEFAULTS}): a record past one
     * becomes a bad record naming the limit. Replaces an earlier {@link #maxRowsPerRecord}.
     */
    public PartiQLStream<IN, OUT> limits(Limits newLimits) {
        return settings(settings.withLimits(Objects.requireNonNull(newLimits, "limits")));
    }

    /** Names the query in dead letters, failures and the operator name. */
    public PartiQLStream<IN, OUT> queryId(String id) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                inputCodec,
                outputCodec,
                rowTypes,
                settings,
                Objects.requireNonNull(id, "id"),
                uid);
    }

    /** The operator's uid, for savepoint compatibility. */
    public PartiQLStream<IN, OUT> uid(String operatorUid) {
        return new PartiQLStream<>(
                statement,
                plan,
                streamName,
                mode,
                udfs,
                inputCodec,
                outputCodec,
                rowTypes,
                settings,
                queryId,
                Objects.requireNonNull(operatorUid, "operatorUid"));
    }

    /**
     * Compiles the statement and attaches the operator to {@code input}: the one call that changes
     * the job. Each call adds another operator.
     *
     * @param input the records to run the statement on
     * @param <T> the record type of the stream (the input codec reads any {@code IN})
     * @return the rows; the {@linkplain #DEAD_LETTERS dead letters} are its side output
     * @throws org.partiqlvm.error.PartiQLException if the statement is not valid
     * @throws IllegalStateException if no input codec fits the stream
     */
    public <T extends IN> SingleOutputStreamOperator<OUT> applyTo(DataStream<T> input) {
        CompiledPlan compiled = compile();
        QuerySettings querySettings =
                settings.withQueryId(
                        queryId != null
                                ? queryId
                                : QuerySettings.defaultQueryId(compiled.source()));
        PartiQLProcessFunction<T, OUT> function =
                new PartiQLProcessFunction<>(
                        compiled, inputCodec(input), outputCodec(compiled), querySettings, udfs);
        SingleOutputStreamOperator<OUT> out =
                input.process(function, function.getProducedType())
                        .name("PartiQL[" + querySettings.queryId() + "]");
        return uid != null ? out.uid(uid) : out;
    }

    private CompiledPlan compile() {
        if (plan != null) {
            return plan;
        }
        return PlanCompiler.compile(
                statement, CompileOptions.forStream(streamName).withMode(mode).withUdfs(udfs));
    }

    /** The codec given, or JSON for a stream of text or bytes; {@code IN} reads any {@code T}. */
    @SuppressWarnings("unchecked")
    private <T extends IN> InputCodec<T> inputCodec(DataStream<T> input) {
        if (inputCodec != null) {
            return (InputCodec<T>) inputCodec;
        }
        TypeInformation<T> type = input.getType();
        if (type.equals(Types.STRING)) {
            return (InputCodec<T>) new JsonStringInputCodec();
        }
        if (type.equals(Types.PRIMITIVE_ARRAY(Types.BYTE))) {
            return (InputCodec<T>) new JsonBytesInputCodec();
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
}
