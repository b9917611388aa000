package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.dynamic.PartiQLBroadcastFunction;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The soak test (tag {@code soak}, not in the default build): {@link PartiQLBroadcastFunction} on
 * the mini cluster for {@code -Dsoak.minutes} minutes (default 3) with random good and hostile
 * records (truncated, invalid UTF-8, nested too deeply, huge exponents, huge rows and names, byte
 * order marks, fields of the wrong type, duplicate keys) and rule updates mid-stream (a
 * replacement, an addition, a removal and two rejected rules). It checks that the heap, measured
 * after a full GC about 20 times over the run, stays flat after warm-up, and that every record
 * every query saw ended exactly once: {@code recordsIn} = records with rows + records without rows
 * + dead letters, per query. Run it with {@code mvn -B -pl flink-partiql-connector verify -Psoak
 * -Dsoak.minutes=3} (see docs/robustness.md).
 */
@Tag("soak")
class PartiQLSoakITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    private static final String JOB = "soak";
    private static final int PARALLELISM = 2;

    /** Records each source subtask emits per second. */
    private static final int RATE = Integer.getInteger("soak.rate", 1_000);

    /** How much more than the first sample after warm-up the heap may ever use. */
    private static final long HEAP_GROWTH_BOUND = 48L << 20;

    static final AtomicLong GENERATED = new AtomicLong();
    static final Map<String, LongAdder> RECORDS_WITH_ROWS = new ConcurrentHashMap<>();
    static final Map<String, LongAdder> DEAD_LETTERS = new ConcurrentHashMap<>();

    /** When the first record was generated (0: not yet). */
    static final AtomicLong STARTED = new AtomicLong();

    @Test
    void hostileRecordsAndRuleUpdatesForMinutesKeepTheHeapFlatAndLoseNoRecord() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "3"));
        long durationNanos = (long) (minutes * 60e9);
        // about 20 heap samples over the run, at most 10 s apart
        HeapSampler.intervalMillis = Math.max(2_000, Math.min(10_000, durationNanos / 20_000_000));
        // At most this many: generation stops at the end of the duration.
        long total = (long) (minutes * 60 * RATE * PARALLELISM);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(PARALLELISM);

        DataStream<QueryUpdate> updates =
                env.fromData(TypeInformation.of(QueryUpdate.class), updates())
                        .map(new UpdateGate(durationNanos))
                        .setParallelism(1);
        DataStream<byte[]> records =
                env.fromSequence(1, total)
                        .flatMap(new Hostile(durationNanos))
                        .returns(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        Limits limits = Limits.of("work-per-record=2000000", "rows-per-record=10000");
        SingleOutputStreamOperator<Tuple2<String, String>> rows =
                records.connect(updates.broadcast(PartiQLBroadcastFunction.QUERIES))
                        .process(
                                new PartiQLBroadcastFunction<>(
                                        "stream",
                                        new JsonBytesInputCodec(),
                                        new JsonStringOutputCodec(),
                                        new QuerySettings(
                                                "unnamed", BadRecordPolicy.DEAD_LETTER, limits),
                                        UdfRegistry.empty()));
        rows.map(new CountRecordsWithRows()).sinkTo(new DiscardingSink<>());
        rows.getSideOutput(PartiQLBroadcastFunction.DEAD_LETTERS)
                .map(
                        letter -> {
                            DEAD_LETTERS
                                    .computeIfAbsent(letter.queryId, q -> new LongAdder())
                                    .increment();
                            return 0;
                        })
                .returns(Types.INT)
                .sinkTo(new DiscardingSink<>());

        JobClient job = env.executeAsync(JOB);
        List<Long> heap = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes((long) Math.ceil(minutes * 3) + 5).toNanos();
        try {
            while (!job.getJobStatus().get().isTerminalState()) {
                assertThat(System.nanoTime()).as("the soak job ends in time").isLessThan(deadline);
                Thread.sleep(1_000);
            }
        } finally {
            HeapSampler.stop();
            if (!job.getJobStatus().get().isTerminalState()) {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        }
        job.getJobExecutionResult().get(); // rethrows a failure
        heap.addAll(HeapSampler.SAMPLES);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        System.out.printf(
                "soak: %d records in %d s (%.0f/s), used heap after GC every %d s (MB): %s%n",
                GENERATED.get(),
                seconds,
                GENERATED.get() / (double) Math.max(1, seconds),
                HeapSampler.intervalMillis / 1000,
                heap.stream().map(b -> b >> 20).toList());
        assertThat(GENERATED.get()).isPositive();
        for (String query : List.of("q-all", "q-unnest", "q-strict", "q-late")) {
            long in = count("recordsIn", query);
            long withRows = RECORDS_WITH_ROWS.getOrDefault(query, new LongAdder()).sum();
            long withoutRows = count("recordsWithoutRows", query);
            long dead = DEAD_LETTERS.getOrDefault(query, new LongAdder()).sum();
            System.out.printf(
                    "soak: %s: %d in = %d with rows + %d without rows + %d dead letters%n",
                    query, in, withRows, withoutRows, dead);
            assertThat(in).as(query).isPositive().isEqualTo(withRows + withoutRows + dead);
            assertThat(dead).as(query).isEqualTo(count("recordsDeadLettered", query));
            assertThat(count("recordsSkipped", query)).isZero();
        }
        // q-all was active before the first record: it saw them all
        assertThat(count("recordsIn", "q-all")).isEqualTo(GENERATED.get());
        assertThat(CapturingMetricReporter.count(JOB, "updatesRejected"))
                .isEqualTo(2L * PARALLELISM);

        int warmUp = Math.max(3, heap.size() * 3 / 10);
        assertThat(heap.size()).as("heap samples after warm-up").isGreaterThan(warmUp + 2);
        List<Long> steady = heap.subList(warmUp, heap.size());
        long growth =
                steady.stream().mapToLong(Long::longValue).max().orElseThrow() - steady.get(0);
        System.out.printf("soak: heap growth after warm-up: %d MB%n", growth >> 20);
        assertThat(growth).as("heap growth after warm-up").isLessThan(HEAP_GROWTH_BOUND);
    }

    private static long count(String metric, String query) {
        return CapturingMetricReporter.count(JOB, metric, ".query." + query + ".");
    }

    private static QueryUpdate[] updates() {
        return new QueryUpdate[] {
            QueryUpdate.add(
                    "q-all",
                    "SELECT s.seq AS seq, s.a + 1 AS a1, UPPER(s.b) AS b, s.n AS n FROM stream AS s"),
            QueryUpdate.add(
                    "q-unnest",
                    "SELECT s.seq AS seq, COUNT(*) AS n FROM stream AS s, s.xs AS x, s.xs AS y,"
                            + " s.xs AS z WHERE x > 0 GROUP BY s.seq"),
            QueryUpdate.add(
                            "q-strict",
                            "SELECT s.seq AS seq, CAST(s.n AS DECIMAL(10,2)) AS n, s.a * 2 AS a2"
                                    + " FROM stream AS s, s.xs AS x")
                    .inStrictMode(),
            // mid-stream, at the fractions of UpdateGate.AT
            QueryUpdate.replace(
                    "q-all",
                    "SELECT s.seq AS seq, s.b || '!' AS b, CHAR_LENGTH(s.b) AS len FROM stream AS s"
                            + " WHERE s.a IS NOT NULL OR s.b IS NOT NULL"),
            QueryUpdate.add("q-late", "SELECT VALUE {'seq': s.seq} FROM stream AS s WHERE s.a > 0"),
            QueryUpdate.replace("q-unnest", "SELECT s.seq FROM stream AS s WHERE"),
            QueryUpdate.add("q-param", "SELECT s.seq AS seq FROM stream AS s WHERE s.a = ?"),
            QueryUpdate.remove("q-strict"),
        };
    }

    /** Holds update k until {@code AT[k]} of the duration has passed since the first record. */
    static final class UpdateGate implements MapFunction<QueryUpdate, QueryUpdate> {
        private static final double[] AT = {0, 0, 0, 0.25, 0.4, 0.5, 0.6, 0.7};
        private final long durationNanos;
        private int seen;

        UpdateGate(long durationNanos) {
            this.durationNanos = durationNanos;
        }

        @Override
        public QueryUpdate map(QueryUpdate update) throws Exception {
            double at = AT[seen++];
            if (at > 0) {
                while (STARTED.get() == 0
                        || System.nanoTime() - STARTED.get() < (long) (at * durationNanos)) {
                    Thread.sleep(20);
                }
            }
            return update;
        }
    }

    /**
     * Record {@code seq}, good (about 80%) or hostile, chosen by a random seeded with {@code seq};
     * paced at no more than {@link #RATE} per second, and none after the duration. The first record
     * waits until the initial rules are applied on every subtask, so that {@code q-all} sees every
     * record.
     */
    static final class Hostile implements FlatMapFunction<Long, byte[]> {
        private final long durationNanos;
        private long started;
        private long emitted;

        Hostile(long durationNanos) {
            this.durationNanos = durationNanos;
        }

        @Override
        public void flatMap(Long seq, Collector<byte[]> out) throws Exception {
            if (started == 0) {
                while (CapturingMetricReporter.count(JOB, "updatesApplied") < 3L * PARALLELISM) {
                    Thread.sleep(20);
                }
                STARTED.compareAndSet(0, System.nanoTime());
                started = STARTED.get();
                HeapSampler.start();
            }
            long now = System.nanoTime();
            if (now - started > durationNanos) {
                return; // the duration is over: the rest of the sequence goes by unused
            }
            long wait = started + emitted++ * 1_000_000_000L / RATE - now;
            if (wait > 1_000_000) {
                Thread.sleep(wait / 1_000_000);
            }
            GENERATED.incrementAndGet();
            out.collect(record(seq, new Random(seq)));
        }

        static byte[] record(long seq, Random random) {
            int kind = random.nextInt(100);
            String good =
                    "{\"seq\": "
                            + seq
                            + ", \"a\": "
                            + (random.nextInt(2000) - 1000)
                            + ", \"b\": \"s"
                            + random.nextInt(1000)
                            + "\", \"n\": "
                            + (random.nextBoolean() ? "12.5" : "\"x\"")
                            + ", \"xs\": [1, 2, "
                            + random.nextInt(5)
                            + "]}";
            return switch (kind) {
                case 80 -> utf8(good.substring(0, random.nextInt(good.length()))); // truncated
                case 81 -> {
                    byte[] b = utf8(good); // invalid UTF-8 inside a string
                    b[good.indexOf("\"s") + 1] = (byte) 0xFF;
                    yield b;
                }
                case 82 ->
                        utf8(
                                "{\"seq\": "
                                        + seq
                                        + ", \"d\": "
                                        + "[".repeat(1_500)
                                        + "]".repeat(1_500)
                                        + "}");
                case 83 -> utf8("{\"seq\": " + seq + ", \"n\": 1e999999999, \"xs\": [1]}");
                case 84 -> utf8("{\"seq\": " + seq + ", \"xs\": [" + "1, ".repeat(299) + "1]}");
                case 85 -> utf8("{\"seq\": " + seq + ", \"b\": \"" + "x".repeat(200_000) + "\"}");
                case 86 -> {
                    StringBuilder names = new StringBuilder("{\"seq\": " + seq);
                    for (int i = 0; i < 2_000; i++) {
                        names.append(", \"f").append(random.nextLong()).append("\": ").append(i);
                    }
                    yield utf8(names.append('}').toString());
                }
                case 87 -> utf8("{\"seq\": " + seq + ", \"a\": \"x\", \"b\": 5, \"xs\": \"s\"}");
                case 88 -> utf8("\uFEFF" + good);
                case 89 -> utf8("{\"seq\": " + seq + ", \"seq\": " + seq + ", \"a\": 1}");
                case 90 -> utf8("{\"seq\": " + seq + ", \"b\": \"\\ud800\", \"a\": 9e9999}");
                default -> utf8(good);
            };
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Counts, per query, the records that produced rows: a record's rows for one query come out
     * together, so each change of (query, seq) in a subtask's output is one such record.
     */
    static final class CountRecordsWithRows
            implements MapFunction<Tuple2<String, String>, Integer> {
        private String lastQuery;
        private String lastSeq;

        @Override
        public Integer map(Tuple2<String, String> row) {
            String json = row.f1;
            int at = json.indexOf("\"seq\":");
            int end = at;
            while (at >= 0
                    && end < json.length()
                    && json.charAt(end) != ','
                    && json.charAt(end) != '}') {
                end++;
            }
            String seq = at < 0 ? "?" : json.substring(at, end);
            if (!row.f0.equals(lastQuery) || !seq.equals(lastSeq)) {
                RECORDS_WITH_ROWS.computeIfAbsent(row.f0, q -> new LongAdder()).increment();
                lastQuery = row.f0;
                lastSeq = seq;
            }
            return 0;
        }
    }

    /**
     * Samples the used heap after a full GC every {@link #intervalMillis}, from the first record.
     */
    static final class HeapSampler {
        static final List<Long> SAMPLES = new CopyOnWriteArrayList<>();
        private static final AtomicBoolean STARTED = new AtomicBoolean();
        private static volatile boolean stopped;
        static volatile long intervalMillis = 10_000;

        static void stop() {
            stopped = true;
        }

        static void start() {
            if (!STARTED.compareAndSet(false, true)) {
                return;
            }
            Thread t =
                    new Thread(
                            () -> {
                                try {
                                    while (!stopped) {
                                        Thread.sleep(intervalMillis);
                                        System.gc();
                                        SAMPLES.add(
                                                ManagementFactory.getMemoryMXBean()
                                                        .getHeapMemoryUsage()
                                                        .getUsed());
                                    }
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "soak-heap-sampler");
            t.setDaemon(true);
            t.start();
        }
    }
}
