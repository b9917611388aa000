package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.flink.dynamic.PartiQLBroadcastFunction;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.flink.dynamic.RejectedUpdate;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * {@link PartiQLBroadcastFunction} on a mini cluster, parallelism 2. The two inputs of a broadcast
 * connection have no order between them, so the tests order them with gates: an event waits until
 * every subtask has applied the updates it must see (read from the {@code updatesApplied} and
 * {@code updatesRejected} metrics), and an update waits until the rows of the events before it have
 * come out.
 */
class PartiQLBroadcastFunctionITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    /** Rows that came out of the operator, per job. */
    static final Map<String, AtomicInteger> ROWS_OUT = new ConcurrentHashMap<>();

    @Test
    void updatesSwapQueriesMidStreamAndBadOnesAreRejected() throws Exception {
        String job = "swap";
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<QueryUpdate> updates =
                env.fromData(
                                TypeInformation.of(QueryUpdate.class),
                                QueryUpdate.add("q1", "SELECT VALUE r.id FROM stream AS r"),
                                QueryUpdate.add("q2", "SELECT VALUE r.id * 10 FROM stream AS r"),
                                QueryUpdate.replace(
                                        "q1", "SELECT VALUE r.id + 100 FROM stream AS r"),
                                QueryUpdate.replace("q2", "SELECT FROM"),
                                QueryUpdate.remove("q3"),
                                QueryUpdate.remove("q2"))
                        .map(new UpdateGate(job, new int[] {0, 0, 6, 6, 6, 12}))
                        .setParallelism(1);
        DataStream<String> events =
                env.fromData(events(9))
                        .map(
                                new EventGate(
                                        job,
                                        new int[] {0, 3, 6},
                                        new long[] {4, 6, 8},
                                        new long[] {0, 4, 4}))
                        .setParallelism(1)
                        .rebalance();

        List<Tuple2<String, String>> out =
                run(job, events, updates.broadcast(PartiQLBroadcastFunction.QUERIES));

        assertThat(out)
                .containsExactlyInAnyOrder(
                        Tuple2.of("q1", "1"),
                        Tuple2.of("q1", "2"),
                        Tuple2.of("q1", "3"),
                        Tuple2.of("q2", "10"),
                        Tuple2.of("q2", "20"),
                        Tuple2.of("q2", "30"),
                        // q1 replaced; the broken replacement of q2 left q2 running
                        Tuple2.of("q1", "104"),
                        Tuple2.of("q1", "105"),
                        Tuple2.of("q1", "106"),
                        Tuple2.of("q2", "40"),
                        Tuple2.of("q2", "50"),
                        Tuple2.of("q2", "60"),
                        // q2 removed
                        Tuple2.of("q1", "107"),
                        Tuple2.of("q1", "108"),
                        Tuple2.of("q1", "109"),
                        Tuple2.of("rejected", "REPLACE q2 at 1:8"),
                        Tuple2.of("rejected", "REMOVE q3: no active query 'q3'"));
        assertThat(CapturingMetricReporter.count(job, "updatesApplied")).isEqualTo(8);
        assertThat(CapturingMetricReporter.count(job, "updatesRejected")).isEqualTo(4);
    }

    @Test
    void activeQueriesSurviveARestartFromACheckpoint() throws Exception {
        String job = "restart";
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        config.set(
                RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(2);
        env.enableCheckpointing(50);
        int n = 1500;
        DataStream<QueryUpdate> updates =
                env.fromData(
                                TypeInformation.of(QueryUpdate.class),
                                QueryUpdate.add("q1", "SELECT VALUE r.id FROM stream AS r"))
                        .map(new CountingUpdates())
                        .setParallelism(1);
        DataStream<String> events =
                env.fromData(events(n))
                        .map(
                                new EventGate(job, new int[] {0}, new long[] {2}, new long[] {0})
                                        .slow())
                        .setParallelism(1)
                        .rebalance();

        List<Tuple2<String, String>> out =
                run(
                        job,
                        events,
                        updates.broadcast(PartiQLBroadcastFunction.QUERIES),
                        new FailOnce());

        assertThat(FailOnce.FAILED).isTrue(); // the job did restart
        assertThat(CountingUpdates.SEEN.get()).isEqualTo(1); // and the update was not sent again
        Set<String> ids = new TreeSet<>();
        for (Tuple2<String, String> row : out) {
            assertThat(row.f0).isEqualTo("q1");
            ids.add(row.f1);
        }
        assertThat(ids).hasSize(n); // every event met q1, before and after the restart
    }

    @Test
    void readmeDynamicQueriesExampleRuns() throws Exception {
        // The README's "Dynamic queries" example, collecting instead of printing.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> events =
                env.fromData(
                        "{\"user\": \"ann\", \"amount\": 900}",
                        "{\"user\": \"bob\", \"amount\": 5}");
        DataStream<QueryUpdate> rules =
                env.fromData(
                        TypeInformation.of(QueryUpdate.class),
                        QueryUpdate.add(
                                "big-spender",
                                "SELECT e.user, e.amount FROM stream AS e WHERE e.amount > 500"),
                        QueryUpdate.replace("big-spender", "SELECT e.user FROM stream AS e WHERE"));
        SingleOutputStreamOperator<Tuple2<String, String>> alerts =
                events.connect(rules.broadcast(PartiQLBroadcastFunction.QUERIES))
                        .process(PartiQLBroadcastFunction.json(BadRecordPolicy.DEAD_LETTER));
        DataStream<RejectedUpdate> rejected =
                alerts.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES);

        List<RejectedUpdate> rejections = new ArrayList<>();
        try (CloseableIterator<RejectedUpdate> it = rejected.executeAndCollect("readme-rules")) {
            it.forEachRemaining(rejections::add);
        }
        assertThat(rejections)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.update.queryId).isEqualTo("big-spender");
                            assertThat(r.message).contains("Syntax error at 1:37");
                            assertThat(r.line).isEqualTo(1);
                            assertThat(r.column).isEqualTo(37);
                        });
    }

    @SafeVarargs
    private static List<Tuple2<String, String>> run(
            String job,
            DataStream<String> events,
            BroadcastStream<QueryUpdate> control,
            MapFunction<Tuple2<String, String>, Tuple2<String, String>>... after)
            throws Exception {
        SingleOutputStreamOperator<Tuple2<String, String>> rows =
                events.connect(control)
                        .process(PartiQLBroadcastFunction.json(BadRecordPolicy.FAIL));
        DataStream<Tuple2<String, String>> rejected =
                rows.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES)
                        .map(PartiQLBroadcastFunctionITCase::describe)
                        .returns(Types.TUPLE(Types.STRING, Types.STRING));
        DataStream<Tuple2<String, String>> counted = rows.map(new CountRows(job));
        for (MapFunction<Tuple2<String, String>, Tuple2<String, String>> f : after) {
            counted = counted.map(f);
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        try (CloseableIterator<Tuple2<String, String>> it =
                counted.union(rejected).executeAndCollect(job)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private static Tuple2<String, String> describe(RejectedUpdate r) {
        String where = r.line == null ? ": " + r.message : " at " + r.line + ":" + r.column;
        return Tuple2.of("rejected", r.update.operation + " " + r.update.queryId + where);
    }

    private static List<String> events(int n) {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            events.add("{\"id\": " + i + "}");
        }
        return events;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    /** Lets event k pass once the updates of its phase are applied (or rejected) everywhere. */
    static final class EventGate implements MapFunction<String, String> {
        private static final AtomicBoolean PASSED_ONCE = new AtomicBoolean();
        private final String job;
        private final int[] phaseStarts;
        private final long[] applied;
        private final long[] rejected;
        private boolean slow;
        private int seen;

        EventGate(String job, int[] phaseStarts, long[] applied, long[] rejected) {
            this.job = job;
            this.phaseStarts = phaseStarts;
            this.applied = applied;
            this.rejected = rejected;
        }

        EventGate slow() {
            slow = true;
            return this;
        }

        @Override
        public String map(String event) throws Exception {
            int phase = 0;
            while (phase + 1 < phaseStarts.length && phaseStarts[phase + 1] <= seen) {
                phase++;
            }
            long needApplied = applied[phase];
            long needRejected = rejected[phase];
            if (!(slow && PASSED_ONCE.get())) { // after a restart, the queries come from state
                await(
                        needApplied + " applied updates",
                        () ->
                                CapturingMetricReporter.count(job, "updatesApplied") >= needApplied
                                        && CapturingMetricReporter.count(job, "updatesRejected")
                                                >= needRejected);
            }
            seen++;
            if (slow) {
                if (seen > 20) {
                    PASSED_ONCE.set(true);
                }
                Thread.sleep(1);
            }
            return event;
        }
    }

    /** Lets update k pass once {@code rowsBefore[k]} rows came out. */
    static final class UpdateGate implements MapFunction<QueryUpdate, QueryUpdate> {
        private final String job;
        private final int[] rowsBefore;
        private int seen;

        UpdateGate(String job, int[] rowsBefore) {
            this.job = job;
            this.rowsBefore = rowsBefore;
        }

        @Override
        public QueryUpdate map(QueryUpdate update) throws Exception {
            int need = rowsBefore[seen++];
            await(need + " rows", () -> rows(job) >= need);
            return update;
        }
    }

    static int rows(String job) {
        return ROWS_OUT.computeIfAbsent(job, j -> new AtomicInteger()).get();
    }

    /** Counts the rows that came out of the operator. */
    static final class CountRows
            implements MapFunction<Tuple2<String, String>, Tuple2<String, String>> {
        private final String job;

        CountRows(String job) {
            this.job = job;
        }

        @Override
        public Tuple2<String, String> map(Tuple2<String, String> row) {
            ROWS_OUT.computeIfAbsent(job, j -> new AtomicInteger()).incrementAndGet();
            return row;
        }
    }

    /** Counts the updates the control source sent, over all attempts of the job. */
    static final class CountingUpdates implements MapFunction<QueryUpdate, QueryUpdate> {
        static final AtomicInteger SEEN = new AtomicInteger();

        @Override
        public QueryUpdate map(QueryUpdate update) {
            SEEN.incrementAndGet();
            return update;
        }
    }

    /**
     * Fails the job once, after a checkpoint whose barrier reached it behind rows of q1 has
     * completed: that checkpoint's broadcast state holds q1 and its control source is past the ADD.
     */
    static final class FailOnce
            implements MapFunction<Tuple2<String, String>, Tuple2<String, String>>,
                    CheckpointedFunction,
                    CheckpointListener {
        static final AtomicBoolean FAILED = new AtomicBoolean();
        static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        private int seen;
        private long checkpointAfterRows = -1;

        @Override
        public Tuple2<String, String> map(Tuple2<String, String> row) {
            if (++seen > 100 && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("planned failure, to restart from a checkpoint");
            }
            return row;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) {
            if (seen > 0 && checkpointAfterRows < 0) {
                checkpointAfterRows = context.getCheckpointId();
            }
        }

        @Override
        public void initializeState(FunctionInitializationContext context) {}

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            if (checkpointAfterRows >= 0 && checkpointId >= checkpointAfterRows) {
                CHECKPOINTED.set(true);
            }
        }
    }
}
