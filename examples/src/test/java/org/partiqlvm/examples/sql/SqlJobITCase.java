package org.partiqlvm.examples.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.partiqlvm.examples.etl.EngineRows;

/** Runs the SQL example and checks both paths against the engine run directly. */
class SqlJobITCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    @Test
    void formatAndFunctionGiveTheEnginesRevenuePerCountry(@TempDir Path out) throws Exception {
        Path input = Path.of(System.getProperty("examples.dir", "."), "data", "orders.jsonl");
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        env.getConfig().set("parallelism.default", "2");

        SqlJob.Result result = SqlJob.run(env, input.toUri().toString(), out.toUri().toString());

        Map<String, String> expected = new TreeMap<>();
        int malformed = engineRevenue(input, expected);
        assertThat(text(result.byFormat())).isEqualTo(expected);
        assertThat(text(result.byFunction())).isEqualTo(expected);
        List<String> letters = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("dead-letters"))) {
            for (Path f : files.toList()) {
                letters.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(letters)
                .hasSize(malformed)
                .allMatch(l -> l.contains("\"errorType\":\"MALFORMED_RECORD\""));
    }

    private static Map<String, String> text(List<Row> rows) {
        Map<String, String> byCountry = new TreeMap<>();
        for (Row r : rows) {
            byCountry.put(
                    (String) r.getField(0),
                    r.getField(1) + " " + ((BigDecimal) r.getField(2)).setScale(2));
        }
        return byCountry;
    }

    /** Line items and revenue per country by the engine; returns the number of malformed lines. */
    private static int engineRevenue(Path input, Map<String, String> out) throws Exception {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        int malformed =
                EngineRows.forEachRow(
                        input,
                        row -> {
                            String country = row.getString(4);
                            counts.computeIfAbsent(country, c -> new long[1])[0]++;
                            sums.merge(country, row.getValue(9).asBigDecimal(), BigDecimal::add);
                        });
        for (String country : counts.keySet()) {
            out.put(country, counts.get(country)[0] + " " + sums.get(country).setScale(2));
        }
        return malformed;
    }
}
