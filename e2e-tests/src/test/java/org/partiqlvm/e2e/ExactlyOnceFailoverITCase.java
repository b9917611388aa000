package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.examples.etl.EngineRows;
import org.partiqlvm.examples.etl.OrdersDataGenerator;
import org.partiqlvm.examples.etl.OrdersEtlJob;

/**
 * Exactly-once through a TaskManager crash: the streaming ETL with 1 s checkpoints reads
 * sequence-numbered orders (order ids 100000, 100001, ...) from two files, so that both subtasks
 * work; after two completed checkpoints the TaskManager of a subtask is killed with {@code kill
 * -9}. The job restarts from the checkpoint and finishes, and the committed rows are exactly the
 * engine's rows for the input as a multiset: nothing lost, nothing written twice. Flink's file sink
 * leaves the hidden in-progress files that the killed attempt had opened after its last checkpoint;
 * they hold only rows that were replayed and committed.
 */
@ExtendWith(ClusterExtension.class)
class ExactlyOnceFailoverITCase {

    private static final int ORDERS = 6_000;
    private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":(\\d+)");

    @Test
    @Timeout(400)
    void killedTaskManagerLosesAndDuplicatesNothing(ClusterExtension.Cluster cluster)
            throws Exception {
        Path input = cluster.work().resolve("in/sequenced-orders");
        Path all = writeInput(input);
        Path out = JobOutput.fresh(cluster.work().resolve("out/orders-etl-exactly-once"));

        String jobId =
                cluster.rest()
                        .runJar(
                                cluster.jarId(),
                                OrdersEtlJob.class.getName(),
                                List.of(
                                        "--input", input.toString(),
                                        "--output", out.toString(),
                                        "--parallelism", "2",
                                        "--checkpoint-interval", "1000",
                                        "--records-per-second", "300"),
                                null,
                                null);
        cluster.rest().awaitState(jobId, Set.of("RUNNING"), Duration.ofMinutes(2));
        cluster.rest().awaitCheckpoints(jobId, 2, Duration.ofMinutes(2));

        Failover failover =
                Failover.killTaskManagerOf(cluster, jobId, "Source: orders", Duration.ofMinutes(2));
        cluster.rest().awaitState(jobId, Set.of("FINISHED"), Duration.ofMinutes(4));
        int restarts = cluster.rest().exceptions(jobId).size();
        System.out.println(failover.describe("streaming ETL", restarts));

        List<String> expected = new ArrayList<>();
        int malformed = EngineRows.of(all, expected);
        List<String> rows = JobOutput.committedLines(out.resolve("rows"));
        assertThat(restarts).isGreaterThanOrEqualTo(1);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(orderIds(rows)).isEqualTo(orderIds(expected));
        assertThat(JobOutput.committedLines(out.resolve("dead-letters"))).hasSize(malformed);
        JobOutput.assertOnlyOrphansOfKilledAttempts(out, rows);
    }

    /**
     * Writes the generated orders alternately into two files under {@code dir}; returns a third
     * file, outside it, with all of them (the engine's input).
     */
    private static Path writeInput(Path dir) throws Exception {
        Files.createDirectories(dir);
        StringWriter text = new StringWriter();
        OrdersDataGenerator.write(text, ORDERS, OrdersDataGenerator.SEED + 1);
        String[] lines = text.toString().split("\n");
        try (BufferedWriter a = Files.newBufferedWriter(dir.resolve("part-a.jsonl"));
                BufferedWriter b = Files.newBufferedWriter(dir.resolve("part-b.jsonl"))) {
            for (int i = 0; i < lines.length; i++) {
                (i % 2 == 0 ? a : b).write(lines[i] + "\n");
            }
        }
        Path all = dir.resolveSibling("sequenced-orders-all.jsonl");
        Files.writeString(all, text.toString(), StandardCharsets.UTF_8);
        return all;
    }

    /** The order ids of the rows: a sequence with gaps only where no row is expected. */
    private static Set<Long> orderIds(List<String> rows) {
        Set<Long> ids = new TreeSet<>();
        for (String row : rows) {
            Matcher m = ORDER_ID.matcher(row);
            if (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }
}
