package org.partiqlvm.examples.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
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
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

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
        int malformed = engineRows(input, expectedRows);
        List<String> rows = lines(out.resolve("rows"));
        List<String> deadLetters = lines(out.resolve("dead-letters"));

        assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
        assertThat(deadLetters).hasSize(malformed).allMatch(l -> l.contains("MALFORMED_RECORD"));
        assertThat(summary.recordsIn()).isEqualTo(Files.readAllLines(input).size());
        assertThat(summary.rowsOut()).isEqualTo(expectedRows.size());
        assertThat(summary.deadLetters()).isEqualTo(malformed);
        assertThat(summary.describe()).contains("rows out:     " + expectedRows.size());
    }

    /** The statement run by the engine on each line; returns the number of malformed lines. */
    private static int engineRows(Path input, List<String> rows) throws IOException {
        PartiQLVM vm = new PartiQLVM(OrdersEtlJob.compile());
        Bindings bindings = vm.newBindings();
        JsonFactory json = new JsonFactory();
        int malformed = 0;
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            try {
                bindings.setStreamRecord(0, JsonValueReader.standard().read(line));
            } catch (ValueDecodeException e) {
                malformed++;
                continue;
            }
            try (ResultStream result = vm.execute(bindings)) {
                for (ResultRow row = result.nextRow(); row != null; row = result.nextRow()) {
                    StringWriter text = new StringWriter();
                    try (JsonGenerator g = json.createGenerator(text)) {
                        row.writeJson(g);
                    }
                    rows.add(text.toString());
                }
            }
        }
        return malformed;
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
