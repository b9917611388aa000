package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.partiqlvm.flink.CapturingMetricReporter;
import org.partiqlvm.flink.FlinkRelease;
import org.partiqlvm.flink.PartiQLStream;
import org.partiqlvm.flink.TestClusters;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The SQL function, the scalar function and the format give the rows the DataStream operator gives
 * over the same records, and count bad records in the same {@code partiql} metrics.
 */
class SqlMatchesDataStreamITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    static final List<String> RECORDS =
            List.of(
                    "{\"id\": 1, \"lines\": [{\"sku\": \"a\", \"qty\": 2}, {\"sku\": \"b\", \"qty\": 0}]}",
                    "{\"id\": 2, \"lines\": []}",
                    "{\"id\": 3, \"lines\": [{\"sku\": \"c\", \"qty\": 7}, {\"sku\": \"é\", \"qty\": 1}]}",
                    "{\"id\": 4, \"lines\": {\"sku\": \"not a list\"}}",
                    "[1, 2",
                    "{\"id\": 5, \"lines\": [{\"sku\": \"e\", \"qty\": 1.5}]}");

    static final String LINES =
            "SELECT CAST(o.id AS BIGINT) AS id, CAST(l.sku AS STRING) AS sku,"
                    + " CAST(l.qty AS INT) AS qty FROM stream AS o, o.lines AS l WHERE l.qty > 0";

    static final String COUNT =
            "SELECT CAST(COUNT(*) AS INT) AS n FROM stream AS o, o.lines AS l WHERE l.qty > 0";

    @TempDir Path dir;

    static List<String> dataStream(String statement, int columns) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.setParallelism(1);
        List<String> rows = new ArrayList<>();
        var types =
                columns == 3
                        ? new org.apache.flink.api.common.typeinfo.TypeInformation<?>[] {
                            Types.LONG, Types.STRING, Types.LONG
                        }
                        : new org.apache.flink.api.common.typeinfo.TypeInformation<?>[] {
                            Types.LONG
                        };
        try (CloseableIterator<Row> it =
                PartiQLStream.query(statement)
                        .outputRow(types)
                        .onError(BadRecordPolicy.SKIP)
                        .applyTo(env.fromData(RECORDS))
                        .executeAndCollect()) {
            it.forEachRemaining(r -> rows.add(r.toString()));
        }
        return rows;
    }

    static TableEnvironment tables(String jobName) {
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        env.getConfig().set("parallelism.default", "1");
        env.getConfig().set("pipeline.name", jobName);
        env.createTemporaryFunction("PARTIQL", PartiQLTableFunction.class);
        env.createTemporaryFunction("PARTIQL_VALUE", PartiQLValueFunction.class);
        StringBuilder values =
                new StringBuilder("CREATE TEMPORARY VIEW records(payload) AS VALUES ");
        for (int i = 0; i < RECORDS.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("('").append(RECORDS.get(i)).append("')");
        }
        env.executeSql(values.toString());
        return env;
    }

    static List<String> sql(TableEnvironment env, String query) throws Exception {
        return SqlRows.of(env.executeSql(query));
    }

    @Test
    void tableFunctionGivesTheOperatorsRowsAndCountsBadRecords() throws Exception {
        List<String> expected = dataStream(LINES, 3);
        assertThat(expected).hasSize(4);
        TableEnvironment env = tables("sql-fn-same-rows");
        assertThat(
                        sql(
                                env,
                                "SELECT t.* FROM records AS r, LATERAL TABLE(PARTIQL('"
                                        + LINES
                                        + "', r.payload)) AS t"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(CapturingMetricReporter.count("sql-fn-same-rows", "recordsIn")).isEqualTo(6);
        assertThat(CapturingMetricReporter.count("sql-fn-same-rows", "recordsSkipped"))
                .isEqualTo(1);
        assertThat(CapturingMetricReporter.count("sql-fn-same-rows", "rowsOut")).isEqualTo(4);
    }

    @Test
    void valueFunctionGivesTheOperatorsValues() throws Exception {
        List<String> expected = dataStream(COUNT, 1);
        TableEnvironment env = tables("sql-value-same-rows");
        assertThat(
                        sql(
                                env,
                                "SELECT n FROM (SELECT PARTIQL_VALUE('"
                                        + COUNT
                                        + "', r.payload) AS n FROM records AS r) WHERE n IS NOT NULL"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void formatGivesTheOperatorsRows() throws Exception {
        List<String> expected = dataStream(LINES, 3);
        Files.writeString(dir.resolve("records.jsonl"), String.join("\n", RECORDS) + "\n");
        TableEnvironment env = tables("format-same-rows");
        env.executeSql(
                "CREATE TEMPORARY TABLE lines (id BIGINT, sku STRING, qty BIGINT) WITH ("
                        + "'connector' = 'filesystem', 'path' = '"
                        + dir.toUri()
                        + "', 'format' = 'partiql-json', 'partiql-json.on-error' = 'skip',"
                        + " 'partiql-json.query' = '"
                        + LINES.replace("'", "''")
                        + "')");
        assertThat(sql(env, "SELECT * FROM lines")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void typesFollowTheDocumentedTable() {
        TableEnvironment env = tables("types");
        String type =
                env.sqlQuery(
                                "SELECT t.* FROM records AS r, LATERAL TABLE(PARTIQL('SELECT"
                                        + " TRUE AS b, CAST(o.i AS SMALLINT) AS i, CAST(o.d AS"
                                        + " DECIMAL(5, 2)) AS d, CAST(o.f AS DOUBLE PRECISION) AS f,"
                                        + " UPPER(o.s) AS s, DATE ''2020-01-02'' AS dt,"
                                        + " TIME ''10:00:00'' AS tm,"
                                        + " TIMESTAMP ''2020-01-02 10:00:00'' AS ts,"
                                        + " o.u AS u, [1, 2] AS l FROM stream AS o', r.payload)) AS"
                                        + " t")
                        .getResolvedSchema()
                        .toPhysicalRowDataType()
                        .toString();
        // Flink 2.2's planner reports a function's TIME(3) column as TIME(0).
        String time = FlinkRelease.atLeast(2, 3) ? "TIME(3)" : "TIME(0)";
        // VARIANT where Flink has it (2.1+), else STRING of JSON text.
        String untyped = FlinkRelease.hasVariant() ? "VARIANT" : "STRING";
        assertThat(type)
                .isEqualTo(
                        "ROW<`b` BOOLEAN, `i` BIGINT, `d` DECIMAL(38, 18), `f` DOUBLE, `s` STRING,"
                                + " `dt` DATE, `tm` "
                                + time
                                + ", `ts` TIMESTAMP(9), `u` "
                                + untyped
                                + ", `l` "
                                + untyped
                                + "> NOT NULL");
    }
}
