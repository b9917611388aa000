package org.partiqlvm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The pipelines of {@link FlinkPipelineBenchmark} give the same Q1 rows. */
class FlinkPipelineEquivalenceITCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(1)
                            .build());

    @Test
    void ourOperatorAndTheSqlPipelineGiveTheSameRows() throws Exception {
        List<String> records = new ArrayList<>();
        for (byte[] r : Workload.Q1.records(300, 5L)) {
            records.add(new String(r, StandardCharsets.UTF_8));
        }
        ObjectMapper mapper = new ObjectMapper();

        List<String> ours = new ArrayList<>();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        try (CloseableIterator<String> it =
                FlinkPipelineBenchmark.ours(env.fromData(records)).executeAndCollect()) {
            while (it.hasNext()) {
                JsonNode row = mapper.readTree(it.next());
                ours.add(
                        key(
                                row.get("id").asLong(),
                                row.get("country").asText(),
                                row.get("sku").asText(),
                                row.get("total").decimalValue()));
            }
        }
        List<String> sql = new ArrayList<>();
        StreamExecutionEnvironment env2 = StreamExecutionEnvironment.getExecutionEnvironment();
        env2.setParallelism(1);
        try (CloseableIterator<Row> it =
                FlinkPipelineBenchmark.sql(env2, env2.fromData(records)).executeAndCollect()) {
            while (it.hasNext()) {
                Row row = it.next();
                sql.add(
                        key(
                                (Long) row.getField(0),
                                (String) row.getField(1),
                                (String) row.getField(2),
                                (BigDecimal) row.getField(3)));
            }
        }

        assertThat(ours).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(sql);
    }

    @Test
    void ourSqlFunctionAndFormatGiveTheJsonFunctionsRows(@TempDir Path dir) throws Exception {
        String[] records = new String[300];
        byte[][] generated = Workload.Q1.records(records.length, 7L);
        for (int i = 0; i < records.length; i++) {
            records[i] = new String(generated[i], StandardCharsets.UTF_8);
        }
        SqlPipelines.writeLines(dir.resolve("q1.jsonl"), records, records.length);
        TableEnvironment tables = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        tables.getConfig().set("parallelism.default", "1");
        SqlPipelines.declare(tables, dir);

        List<String> jsonFns = keys(SqlPipelines.jsonFunctions(tables));
        assertThat(jsonFns).hasSizeGreaterThan(100);
        assertThat(keys(SqlPipelines.function(tables)))
                .containsExactlyInAnyOrderElementsOf(jsonFns);
        assertThat(keys(SqlPipelines.format(tables))).containsExactlyInAnyOrderElementsOf(jsonFns);
        try (CloseableIterator<Row> it = SqlPipelines.variant(tables).execute().collect()) {
            int n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            assertThat(n).isEqualTo(records.length);
        }
    }

    private static List<String> keys(Table table) throws Exception {
        List<String> keys = new ArrayList<>();
        try (CloseableIterator<Row> it = table.execute().collect()) {
            while (it.hasNext()) {
                Row row = it.next();
                keys.add(
                        key(
                                (Long) row.getField(0),
                                (String) row.getField(1),
                                (String) row.getField(2),
                                (BigDecimal) row.getField(3)));
            }
        }
        return keys;
    }

    private static String key(long id, String country, String sku, BigDecimal total) {
        return id + "|" + country + "|" + sku + "|" + total.setScale(6, RoundingMode.HALF_EVEN);
    }
}
