package org.partiqlvm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;
import org.partiqlvm.flink.PartiQLStream;

/**
 * Q1 at the Flink level, one slot: our operator ({@link PartiQLStream}, JSON text in, JSON text
 * out) against the Flink SQL way ({@code JSON_VALUE}/{@code JSON_QUERY} + {@code CROSS JOIN
 * UNNEST}) on the same embedded cluster and the same generated records. Each pipeline runs a
 * bounded job over the same in-memory records a few times; the best time of each gives records/s
 * per slot.
 *
 * <p>Then Q1 as Flink SQL over one JSON lines file ({@link SqlPipelines}): our {@code PARTIQL}
 * table function and {@code partiql-json} format against Flink's JSON functions and {@code
 * PARSE_JSON} + {@code VARIANT}. Bytes per record are what all threads of the JVM allocated during
 * the best run, divided by its records (Java 21+; "n/a" on older JVMs).
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package exec:exec} (arguments {@code
 * [records [rounds [sqlRecords]]]} through {@code -Dbenchmarks.arg}).
 */
public final class FlinkPipelineBenchmark {

    static final String SQL =
            "SELECT CAST(JSON_VALUE(payload, '$.id') AS BIGINT) AS id,"
                    + " JSON_VALUE(payload, '$.user.country') AS country,"
                    + " JSON_VALUE(item, '$.sku') AS sku,"
                    + " JSON_VALUE(item, '$.qty' RETURNING INTEGER)"
                    + "   * CAST(JSON_VALUE(item, '$.price') AS DECIMAL(10, 2)) AS total"
                    + " FROM records"
                    + " CROSS JOIN UNNEST(JSON_QUERY(payload, '$.items' RETURNING ARRAY<STRING>))"
                    + "   AS t(item)"
                    + " WHERE JSON_VALUE(item, '$.qty' RETURNING INTEGER) > 0";

    private FlinkPipelineBenchmark() {}

    /** {@code n} records cycling through {@code pool}, made inside the job. */
    static DataStream<String> source(StreamExecutionEnvironment env, String[] pool, long n) {
        return env.fromSequence(0, n - 1).map(new FromPool(pool)).returns(Types.STRING);
    }

    /** The record of sequence number i. */
    static final class FromPool implements MapFunction<Long, String> {
        private final String[] pool;

        FromPool(String[] pool) {
            this.pool = pool;
        }

        @Override
        public String map(Long i) {
            return pool[(int) (i % pool.length)];
        }
    }

    /** {@code [records [rounds [sqlRecords]]]}. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long sqlN = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000L;
        List<String> pool = new ArrayList<>();
        for (byte[] r : Workload.Q1.records(1024, 42L)) {
            pool.add(new String(r, StandardCharsets.UTF_8));
        }
        String[] records = pool.toArray(new String[0]);
        Path dir = Path.of("target", "flink-sql-benchmark");
        SqlPipelines.writeLines(dir.resolve("q1.jsonl"), records, sqlN);
        Run ours = new Run("partiqlvm operator (DataStream)", n);
        Run sql = new Run("flink sql json fns (DataStream source)", n);
        Run function = new Run("PARTIQL table function (SQL)", sqlN);
        Run format = new Run("partiql-json format (SQL)", sqlN);
        Run jsonFns = new Run("flink sql json fns + UNNEST (SQL)", sqlN);
        Run variant = new Run("flink sql PARSE_JSON + variant fields (SQL)", sqlN);
        for (int round = 0; round < rounds; round++) {
            ours.measure(() -> runOurs(records, n));
            sql.measure(() -> runSql(records, n));
            function.measure(() -> runTable(dir, SqlPipelines::function));
            format.measure(() -> runTable(dir, SqlPipelines::format));
            jsonFns.measure(() -> runTable(dir, SqlPipelines::jsonFunctions));
            variant.measure(() -> runTable(dir, SqlPipelines::variant));
        }
        System.out.printf(
                Locale.ROOT,
                "records: %d (DataStream), %d (SQL), rounds: %d, one slot%n",
                n,
                sqlN,
                rounds);
        for (Run run : List.of(ours, sql, function, format, jsonFns, variant)) {
            System.out.println(run.describe());
        }
        System.out.printf(
                Locale.ROOT,
                "ratio operator / json fns (DataStream source): %.2fx%n"
                        + "ratio function / json fns (SQL): %.2fx, format / json fns: %.2fx%n"
                        + "ratio function / variant: %.2fx, format / variant: %.2fx%n",
                (double) sql.best / ours.best,
                (double) jsonFns.best / function.best,
                (double) jsonFns.best / format.best,
                (double) variant.best / function.best,
                (double) variant.best / format.best);
    }

    /** The best time of one pipeline over the rounds, and what it allocated then. */
    private static final class Run {
        final String name;
        final long records;
        long best = Long.MAX_VALUE;
        long bytes = -1;

        Run(String name, long records) {
            this.name = name;
            this.records = records;
        }

        /** Runs the job once, keeping its time if it is the best. */
        void measure(Job job) throws Exception {
            long before = Allocation.total();
            long nanos = job.run();
            long after = Allocation.total();
            if (nanos < best) {
                best = nanos;
                bytes = before < 0 ? -1 : after - before;
            }
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%-45s %,12.0f records/s (best %.2f s), %s bytes/record",
                    name,
                    records / (best / 1e9),
                    best / 1e9,
                    bytes < 0
                            ? "n/a"
                            : String.format(Locale.ROOT, "%,.0f", (double) bytes / records));
        }
    }

    /** One run of a pipeline: its net run time in nanoseconds. */
    private interface Job {
        long run() throws Exception;
    }

    /** Net run time in nanoseconds of one SQL pipeline over the JSON lines in {@code dir}. */
    private static long runTable(Path dir, Function<TableEnvironment, Table> pipeline)
            throws Exception {
        StreamExecutionEnvironment env = env();
        StreamTableEnvironment tables = StreamTableEnvironment.create(env);
        tables.getConfig().set("table.exec.resource.default-parallelism", "1");
        SqlPipelines.declare(tables, dir);
        tables.toDataStream(pipeline.apply(tables)).sinkTo(new DiscardingSink<>());
        return env.execute("flink-sql-pipeline").getNetRuntime() * 1_000_000L;
    }

    private static StreamExecutionEnvironment env() {
        Configuration config = new Configuration();
        config.set(TaskManagerOptions.NUM_TASK_SLOTS, 1);
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(1, config);
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        return env;
    }

    /** Our operator's Q1 rows (JSON text) over {@code records}. */
    static DataStream<String> ours(DataStream<String> records) {
        return PartiQLStream.query(Workload.Q1.statement()).applyTo(records);
    }

    /** The Flink SQL pipeline's Q1 rows over {@code records}. */
    static DataStream<Row> sql(StreamExecutionEnvironment env, DataStream<String> records) {
        StreamTableEnvironment tables = StreamTableEnvironment.create(env);
        DataStream<Row> payloads =
                records.map(Row::of)
                        .returns(Types.ROW_NAMED(new String[] {"payload"}, Types.STRING));
        tables.createTemporaryView("records", tables.fromDataStream(payloads));
        Table result = tables.sqlQuery(SQL);
        return tables.toDataStream(result);
    }

    /** Net run time in nanoseconds. */
    private static long runOurs(String[] pool, long n) throws Exception {
        StreamExecutionEnvironment env = env();
        ours(source(env, pool, n)).sinkTo(new DiscardingSink<>());
        return env.execute("partiqlvm").getNetRuntime() * 1_000_000L;
    }

    /** Net run time in nanoseconds. */
    private static long runSql(String[] pool, long n) throws Exception {
        StreamExecutionEnvironment env = env();
        sql(env, source(env, pool, n)).sinkTo(new DiscardingSink<>());
        return env.execute("flink-sql").getNetRuntime() * 1_000_000L;
    }
}
