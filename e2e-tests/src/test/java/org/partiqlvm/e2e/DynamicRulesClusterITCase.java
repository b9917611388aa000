package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.e2e.harness.FlinkRest;
import org.partiqlvm.examples.etl.OrdersDataGenerator;
import org.partiqlvm.examples.rules.DynamicRulesJob;

/**
 * The dynamic rules example on a real cluster with 1 s checkpoints and its alerts in exactly-once
 * files: rule updates reach every subtask, the active rules come back from broadcast state after a
 * TaskManager is killed and after a stop with a savepoint and a restart at another parallelism, and
 * no alert is lost or written twice.
 */
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynamicRulesClusterITCase {

    private static final Path DATA =
            Path.of(System.getProperty("examples.dir", "../examples"), "data")
                    .toAbsolutePath()
                    .normalize();
    private static final Path RULES = DATA.resolve("rules.jsonl");

    /** Events per subtask and second: 6,000 events take about 25 s at parallelism 2. */
    private static final int RATE = 120;

    private static Path orders;
    private static final String VERTEX = "PartiQL rules";

    /**
     * Events from this index on are sent long after the rules were applied: about 10 s after the
     * job starts at {@link #RATE} (at 1,000, about 4 s, a rule update reached the operator after
     * the first settled events once on a 2-core machine under heavy load).
     */
    private static final int SETTLED = 2_500;

    private static RuleAlerts expected;

    @BeforeAll
    static void engineAlerts() throws Exception {
        Path dir = Path.of(System.getProperty("e2e.work.dir", "target/e2e"), "in").toAbsolutePath();
        Files.createDirectories(dir);
        orders = dir.resolve("rules-events.jsonl");
        try (Writer out = Files.newBufferedWriter(orders, StandardCharsets.UTF_8)) {
            OrdersDataGenerator.write(out, 6_000, OrdersDataGenerator.SEED + 2);
        }
        expected = new RuleAlerts(RULES, orders);
    }

    @Test
    @Order(2)
    @Timeout(400)
    void rulesReachEverySubtaskAndSurviveATaskManagerKillExactlyOnce(
            ClusterExtension.Cluster cluster) throws Exception {
        Path out = JobOutput.fresh(cluster.work().resolve("out/rules-kill"));
        FlinkRest rest = cluster.rest();
        String jobId = submit(cluster, out, 2, RATE, null);
        rest.awaitAllTasksRunning(jobId, Duration.ofMinutes(2));
        awaitActiveRulesOnEverySubtask(rest, jobId, 2);
        assertThat(rest.subtaskMetric(jobId, rest.vertexId(jobId, VERTEX), 2, "numRecordsIn"))
                .as("records into each subtask of the rules operator")
                .allSatisfy(n -> assertThat(Long.parseLong(n)).isGreaterThan(10));
        rest.awaitCheckpoints(jobId, 2, Duration.ofMinutes(2));

        Failover failover =
                Failover.killTaskManagerOf(cluster, jobId, VERTEX, Duration.ofMinutes(2));
        awaitActiveRulesOnEverySubtask(rest, jobId, 2);
        rest.awaitState(jobId, Set.of("FINISHED"), Duration.ofMinutes(4));
        int restarts = rest.exceptions(jobId).size();
        System.out.println(failover.describe("dynamic rules", restarts));

        assertThat(restarts).isGreaterThanOrEqualTo(1);
        List<String> alerts = JobOutput.committedLines(out);
        expected.assertExactlyOnce(alerts, SETTLED);
    }

    @Test
    @Order(1)
    @Timeout(400)
    void stopWithSavepointAndResumeAtParallelismThree(ClusterExtension.Cluster cluster)
            throws Exception {
        Path out = JobOutput.fresh(cluster.work().resolve("out/rules-rescale"));
        FlinkRest rest = cluster.rest();
        String first = submit(cluster, out, 2, RATE, null);
        rest.awaitAllTasksRunning(first, Duration.ofMinutes(2));
        awaitActiveRulesOnEverySubtask(rest, first, 2);
        rest.awaitVertexFinished(first, "Source: rules", Duration.ofMinutes(1));

        String savepoint =
                rest.stopWithSavepoint(
                        first,
                        cluster.work().resolve("savepoints").toUri().toString(),
                        Duration.ofMinutes(2));
        assertThat(rest.state(first)).isEqualTo("FINISHED");
        List<String> beforeStop = JobOutput.committedLines(out);
        assertThat(beforeStop).isNotEmpty();

        String second = submit(cluster, out, 3, RATE, savepoint);
        rest.awaitAllTasksRunning(second, Duration.ofMinutes(2));
        assertThat(rest.job(second).path("vertices"))
                .filteredOn(v -> v.path("name").asText().contains(VERTEX))
                .singleElement()
                .satisfies(v -> assertThat(v.path("parallelism").asInt()).isEqualTo(3));
        // The rules source finished before the savepoint: subtask 2 is new and gets its rules
        // from the rescaled broadcast state alone.
        awaitActiveRulesOnEverySubtask(rest, second, 3);
        rest.awaitState(second, Set.of("FINISHED"), Duration.ofMinutes(4));

        List<String> alerts = JobOutput.committedLines(out);
        assertThat(alerts).containsAll(beforeStop);
        assertThat(alerts.size()).as("alerts after the resume").isGreaterThan(beforeStop.size());
        expected.assertExactlyOnce(alerts, SETTLED);
        assertThat(JobOutput.hiddenFiles(out)).isEmpty();
    }

    private static String submit(
            ClusterExtension.Cluster cluster,
            Path out,
            int parallelism,
            int eventsPerSecond,
            String savepoint)
            throws Exception {
        return cluster.rest()
                .runJar(
                        cluster.jarId(),
                        DynamicRulesJob.class.getName(),
                        List.of(
                                "--events", orders.toString(),
                                "--rules", RULES.toString(),
                                "--output", out.toString(),
                                "--parallelism", Integer.toString(parallelism),
                                "--checkpoint-interval", "1000",
                                "--events-per-second", Integer.toString(eventsPerSecond)),
                        null,
                        savepoint);
    }

    /** Waits until every subtask of the rules operator reports two active rules. */
    private static void awaitActiveRulesOnEverySubtask(
            FlinkRest rest, String jobId, int parallelism) throws Exception {
        String vertexId = rest.vertexId(jobId, VERTEX);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        List<String> active = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            active = rest.subtaskMetric(jobId, vertexId, parallelism, "partiql.activeQueries");
            if (active.stream().allMatch("2"::equals)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("active rules per subtask: " + active);
    }
}
