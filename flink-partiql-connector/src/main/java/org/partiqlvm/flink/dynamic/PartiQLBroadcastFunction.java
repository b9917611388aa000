package org.partiqlvm.flink.dynamic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.InstantiationUtil;
import org.apache.flink.util.OutputTag;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLFlatMapFunction;
import org.partiqlvm.flink.PartiQLProcessFunction;
import org.partiqlvm.flink.PartiQLRecordRunner;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.RecordMetrics;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;

/**
 * A dynamic rules engine: every record is evaluated by every active query, and the set of active
 * queries changes while the job runs, driven by a broadcast stream of {@link QueryUpdate}s.
 *
 * <pre>{@code
 * BroadcastStream<QueryUpdate> control = updates.broadcast(PartiQLBroadcastFunction.QUERIES);
 * SingleOutputStreamOperator<Tuple2<String, String>> alerts = events
 *         .connect(control)
 *         .process(PartiQLBroadcastFunction.json(BadRecordPolicy.DEAD_LETTER));
 * DataStream<RejectedUpdate> rejected =
 *         alerts.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES);
 * }</pre>
 *
 * <p>Each output row is a {@code Tuple2} of the query id and the row. Each subtask compiles every
 * update itself and swaps its VMs between records, so an update applies to all records after it on
 * that subtask. An update that cannot be applied (a statement that does not compile, ADD of an
 * active id, REPLACE or REMOVE of an unknown one) changes nothing: it goes to {@link
 * #REJECTED_UPDATES} (once, from subtask 0) and the queries active before keep running.
 *
 * <p>The active queries live in broadcast state ({@link #QUERIES}: query id to its last accepted
 * update), so they survive checkpoints and restarts: after a restore, each subtask compiles them
 * again before its first record (one that no longer compiles goes to {@link #REJECTED_UPDATES} and
 * does not run; the others do). Bad records follow the {@link BadRecordPolicy} per query, with the
 * query id in their {@link DeadLetter} on {@link #DEAD_LETTERS}.
 *
 * <p>Metrics, in the {@code partiql} group: {@code activeQueries}, {@code updatesApplied}, {@code
 * updatesRejected}, and per query (group {@code query}, the id) the per-record metrics of {@link
 * RecordMetrics}.
 *
 * @param <IN> the input record type
 * @param <OUT> the output row type (tagged with the query id)
 */
@PublicEvolving
public class PartiQLBroadcastFunction<IN, OUT>
        extends BroadcastProcessFunction<IN, QueryUpdate, Tuple2<String, OUT>>
        implements ResultTypeQueryable<Tuple2<String, OUT>> {

    private static final long serialVersionUID = 1L;

    /** The broadcast state of the active queries; broadcast the control stream with it. */
    public static final MapStateDescriptor<String, QueryUpdate> QUERIES =
            new MapStateDescriptor<>(
                    "partiql-active-queries", Types.STRING, TypeInformation.of(QueryUpdate.class));

    /** The side output of updates that were not applied. */
    public static final OutputTag<RejectedUpdate> REJECTED_UPDATES =
            new OutputTag<>("partiql-rejected-updates", TypeInformation.of(RejectedUpdate.class));

    /** The side output of bad records under {@link BadRecordPolicy#DEAD_LETTER}. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = PartiQLProcessFunction.DEAD_LETTERS;

    private final InputCodec<IN> input;
    private final OutputCodec<OUT> output;
    private final String streamName;

    /** The policy and limits every query gets; its id is replaced by each query's. */
    private final QuerySettings settings;

    private final UdfRegistry udfs;

    /** One active query on this subtask. */
    private static final class Active<IN, OUT> {
        final QueryUpdate update;
        final PartiQLRecordRunner<IN, OUT> runner;

        Active(QueryUpdate update, PartiQLRecordRunner<IN, OUT> runner) {
            this.update = update;
            this.runner = runner;
        }
    }

    private transient TreeMap<String, Active<IN, OUT>> active;
    private transient ArrayList<Active<IN, OUT>> activeInOrder;
    private transient Map<String, RecordMetrics> metricsByQuery;
    private transient MetricGroup metrics;
    private transient Counter updatesApplied;
    private transient Counter updatesRejected;
    private transient TaggingCollector<OUT> tagging;

    /** A codec copy that decodes each record once for all active queries, when {@code shared}. */
    private transient InputCodec<IN> sharedInput;

    private transient boolean shared;
    private transient boolean restored;
    private transient int subtask;

    /**
     * Creates the function.
     *
     * @param streamName the name the statements read each record by
     * @param input turns a record into a value (each query gets its own copy)
     * @param output turns a row into an output row
     * @param settings the bad-record policy and the limits every query gets; each query's id
     *     replaces the one given
     * @param udfs the user-defined functions statements may call ({@link UdfRegistry#empty()} for
     *     none)
     */
    public PartiQLBroadcastFunction(
            String streamName,
            InputCodec<IN> input,
            OutputCodec<OUT> output,
            QuerySettings settings,
            UdfRegistry udfs) {
        this.streamName = Objects.requireNonNull(streamName, "streamName");
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.udfs = Objects.requireNonNull(udfs, "udfs");
    }

    /** JSON text in, JSON text out, records bound as {@code stream}, the default limits. */
    public static PartiQLBroadcastFunction<String, String> json(BadRecordPolicy badRecords) {
        return new PartiQLBroadcastFunction<>(
                "stream",
                new JsonStringInputCodec(),
                new JsonStringOutputCodec(),
                QuerySettings.defaults("", badRecords),
                UdfRegistry.empty());
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        sharedInput = InstantiationUtil.clone(input, getRuntimeContext().getUserCodeClassLoader());
        shared = false;
        active = new TreeMap<>();
        activeInOrder = new ArrayList<>();
        metricsByQuery = new HashMap<>();
        tagging = new TaggingCollector<>();
        restored = false;
        subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        metrics =
                getRuntimeContext().getMetricGroup().addGroup(PartiQLFlatMapFunction.METRIC_GROUP);
        updatesApplied = metrics.counter("updatesApplied");
        updatesRejected = metrics.counter("updatesRejected");
        metrics.gauge("activeQueries", (Gauge<Integer>) () -> activeInOrder.size());
    }

    @Override
    public void processElement(IN record, ReadOnlyContext ctx, Collector<Tuple2<String, OUT>> out)
            throws Exception {
        if (!restored) {
            restore(
                    ctx.getBroadcastState(QUERIES).immutableEntries(),
                    r -> ctx.output(REJECTED_UPDATES, r));
        }
        tagging.target = out;
        Value decoded = null;
        RuntimeException malformed = null;
        if (shared) {
            try {
                decoded = PartiQLRecordRunner.decode(sharedInput, record, settings.limits());
            } catch (RuntimeException e) {
                malformed = e; // a bad record for every query, each under its own policy
            }
        }
        for (int i = 0; i < activeInOrder.size(); i++) {
            Active<IN, OUT> query = activeInOrder.get(i);
            tagging.queryId = query.update.queryId;
            DeadLetter letter =
                    !shared
                            ? query.runner.run(record, tagging)
                            : malformed == null
                                    ? query.runner.run(record, decoded, tagging)
                                    : query.runner.malformed(record, malformed);
            if (letter != null) {
                ctx.output(DEAD_LETTERS, letter);
            }
        }
    }

    @Override
    public void processBroadcastElement(
            QueryUpdate update, Context ctx, Collector<Tuple2<String, OUT>> out) throws Exception {
        BroadcastState<String, QueryUpdate> state = ctx.getBroadcastState(QUERIES);
        if (!restored) {
            restore(state.immutableEntries(), r -> ctx.output(REJECTED_UPDATES, r));
        }
        String problem = conflict(update, state);
        if (problem != null) {
            reject(ctx, update, problem, null, null);
            return;
        }
        if (update.operation == QueryUpdate.Operation.REMOVE) {
            state.remove(update.queryId);
            deactivate(update.queryId);
            updatesApplied.inc();
            return;
        }
        PartiQLRecordRunner<IN, OUT> runner;
        try {
            runner = runnerFor(update);
        } catch (PartiQLException e) {
            reject(ctx, update, e.getMessage(), e.getLine(), e.getColumn());
            return;
        } catch (StackOverflowError e) {
            reject(ctx, update, "the statement is nested too deeply to compile", null, null);
            return;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // any other failure rejects the rule, never the job
            reject(ctx, update, String.valueOf(e.getMessage()), null, null);
            return;
        }
        state.put(update.queryId, update);
        activate(update, runner);
        updatesApplied.inc();
    }

    /** Why {@code update} cannot be applied to the queries in {@code state}, or null. */
    private static String conflict(QueryUpdate update, BroadcastState<String, QueryUpdate> state)
            throws Exception {
        if (update.queryId == null || update.queryId.isBlank()) {
            return "the update has no query id";
        }
        if (update.operation == null) {
            return "the update has no operation (ADD, REPLACE or REMOVE)";
        }
        boolean known = state.contains(update.queryId);
        switch (update.operation) {
            case ADD:
                return known
                        ? "query '" + update.queryId + "' is active already; use REPLACE"
                        : null;
            case REPLACE:
            case REMOVE:
                return known ? null : "no active query '" + update.queryId + "'";
            default:
                return null;
        }
    }

    private PartiQLRecordRunner<IN, OUT> runnerFor(QueryUpdate update) throws Exception {
        if (update.statement == null || update.statement.isBlank()) {
            throw new IllegalArgumentException("the update has no statement");
        }
        CompileOptions options =
                CompileOptions.forStream(streamName)
                        .withMode(update.strict ? EvalMode.ERROR : EvalMode.COERCE);
        CompiledPlan plan = PlanCompiler.compile(update.statement, options.withUdfs(udfs));
        InputCodec<IN> codec =
                InstantiationUtil.clone(input, getRuntimeContext().getUserCodeClassLoader());
        PartiQLRecordRunner<IN, OUT> runner =
                new PartiQLRecordRunner<>(
                        plan, codec, output, settings.withQueryId(update.queryId), udfs);
        runner.open(
                metricsByQuery.computeIfAbsent(
                        update.queryId,
                        id -> RecordMetrics.register(metrics.addGroup("query", id))));
        return runner;
    }

    private void activate(QueryUpdate update, PartiQLRecordRunner<IN, OUT> runner) {
        Active<IN, OUT> previous = active.put(update.queryId, new Active<>(update, runner));
        if (previous != null) {
            previous.runner.close();
        }
        activeInOrder = new ArrayList<>(active.values());
        refreshSharedDecoding();
    }

    private void deactivate(String queryId) {
        Active<IN, OUT> previous = active.remove(queryId);
        if (previous != null) {
            previous.runner.close();
        }
        activeInOrder = new ArrayList<>(active.values());
        refreshSharedDecoding();
    }

    /**
     * With several active queries, opens the shared codec copy for all their plans, so that each
     * record is decoded once (keeping what any query observes) instead of once per query; a codec
     * that cannot ({@link InputCodec#openShared}) leaves each query to decode with its own copy.
     */
    private void refreshSharedDecoding() {
        shared = false;
        if (activeInOrder.size() < 2) {
            return;
        }
        List<CompiledPlan> plans = new ArrayList<>(activeInOrder.size());
        for (Active<IN, OUT> query : activeInOrder) {
            plans.add(query.runner.plan());
        }
        shared = sharedInput.openShared(plans);
    }

    /**
     * Compiles the queries of a restored broadcast state (nothing when the job starts fresh). A
     * query that no longer compiles (state written by an older version that accepted it) is not
     * activated: it goes to {@link #REJECTED_UPDATES} and the others run.
     */
    private void restore(
            Iterable<Map.Entry<String, QueryUpdate>> entries, Consumer<RejectedUpdate> rejected)
            throws Exception {
        restored = true;
        for (Map.Entry<String, QueryUpdate> e : entries) {
            try {
                activate(e.getValue(), runnerFor(e.getValue()));
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failed) {
                reject(rejected, e.getValue(), "not restored: " + failed.getMessage(), null, null);
            }
        }
    }

    private void reject(
            Context ctx, QueryUpdate update, String message, Integer line, Integer column) {
        reject(r -> ctx.output(REJECTED_UPDATES, r), update, message, line, column);
    }

    private void reject(
            Consumer<RejectedUpdate> out,
            QueryUpdate update,
            String message,
            Integer line,
            Integer column) {
        updatesRejected.inc();
        if (subtask == 0) {
            out.accept(
                    new RejectedUpdate(
                            update,
                            message,
                            line != null && line > 0 ? line : null,
                            column != null && column > 0 ? column : null));
        }
    }

    @Override
    public void close() {
        if (active != null) {
            for (Active<IN, OUT> query : active.values()) {
                query.runner.close();
            }
            active.clear();
            activeInOrder.clear();
        }
    }

    @Override
    public TypeInformation<Tuple2<String, OUT>> getProducedType() {
        return Types.TUPLE(Types.STRING, output.producedType());
    }

    /** Tags each row with the id of the query that produced it. */
    private static final class TaggingCollector<OUT> implements Collector<OUT> {
        Collector<Tuple2<String, OUT>> target;
        String queryId;

        @Override
        public void collect(OUT row) {
            target.collect(Tuple2.of(queryId, row));
        }

        @Override
        public void close() {}
    }
}
