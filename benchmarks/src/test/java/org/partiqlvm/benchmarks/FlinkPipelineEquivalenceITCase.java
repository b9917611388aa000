package org.partiqlvm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two pipelines of {@link FlinkPipelineBenchmark} give the same Q1 rows. */
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

    private static String key(long id, String country, String sku, BigDecimal total) {
        return id + "|" + country + "|" + sku + "|" + total.setScale(6, RoundingMode.HALF_EVEN);
    }
}
