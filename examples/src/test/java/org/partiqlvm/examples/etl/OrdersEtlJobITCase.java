package org.partiqlvm.examples.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main example on a mini cluster and checks it against the engine run directly. */
class OrdersEtlJobITCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    @Test
    void outputFilesHoldExactlyTheEngineRowsAndMalformedLinesAreDeadLetters(@TempDir Path out)
            throws Exception {
        Path input = OrdersDataGeneratorTest.bundledData();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        EtlSummary summary = OrdersEtlJob.run(env, input.toString(), out.toString());

        List<String> expectedRows = new ArrayList<>();
        int malformed = EngineRows.of(input, expectedRows);
        List<String> rows = lines(out.resolve("rows"));
        List<String> deadLetters = lines(out.resolve("dead-letters"));

        assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
        assertThat(deadLetters).hasSize(malformed).allMatch(l -> l.contains("MALFORMED_RECORD"));
        assertThat(summary.recordsIn()).isEqualTo(Files.readAllLines(input).size());
        assertThat(summary.rowsOut()).isEqualTo(expectedRows.size());
        assertThat(summary.deadLetters()).isEqualTo(malformed);
        assertThat(summary.describe()).contains("rows out:     " + expectedRows.size());
    }

    private static List<String> lines(Path dir) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(f.getFileName().toString()).endsWith(".jsonl");
                all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
