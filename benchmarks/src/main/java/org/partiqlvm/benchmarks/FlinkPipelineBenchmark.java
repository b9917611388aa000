package org.partiqlvm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.table.api.Table;
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
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.partiqlvm.benchmarks.FlinkPipelineBenchmark [records [rounds]]}.
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

    /** {@code [records [rounds]]}. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> pool = new ArrayList<>();
        for (byte[] r : Workload.Q1.records(1024, 42L)) {
            pool.add(new String(r, StandardCharsets.UTF_8));
        }
        String[] records = pool.toArray(new String[0]);
        long ours = Long.MAX_VALUE;
        long sql = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            ours = Math.min(ours, runOurs(records, n));
            sql = Math.min(sql, runSql(records, n));
        }
        System.out.printf(
                Locale.ROOT,
                "records: %d, rounds: %d, one slot%n"
                        + "partiqlvm operator: %.0f records/s (best %.2f s)%n"
                        + "flink sql json fns: %.0f records/s (best %.2f s)%n"
                        + "ratio: %.2fx%n",
                n,
                rounds,
                n / (ours / 1e9),
                ours / 1e9,
                n / (sql / 1e9),
                sql / 1e9,
                (double) sql / ours);
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
