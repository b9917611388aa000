package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.examples.etl.EngineRows;
import org.partiqlvm.examples.etl.OrdersEtlJob;

/**
 * The main example as a user runs it on a real cluster: the job jar submitted over REST, detached,
 * from a folder that is not the repository, at parallelism 2.
 */
@ExtendWith(ClusterExtension.class)
class OrdersEtlClusterITCase {

    private static final Path ORDERS =
            Path.of(System.getProperty("examples.dir", "../examples"), "data", "orders.jsonl")
                    .toAbsolutePath()
                    .normalize();

    @Test
    @Timeout(300)
    void runsAtParallelismTwoAndWritesExactlyTheEngineRows(ClusterExtension.Cluster cluster)
            throws Exception {
        Path out = JobOutput.fresh(cluster.work().resolve("out/orders-etl-batch"));
        String jobId =
                cluster.rest()
                        .runJar(
                                cluster.jarId(),
                                OrdersEtlJob.class.getName(),
                                List.of(
                                        "--input", ORDERS.toString(),
                                        "--output", out.toString(),
                                        "--parallelism", "2"),
                                null,
                                null);

        JsonNode job = cluster.rest().awaitState(jobId, Set.of("FINISHED"), Duration.ofMinutes(3));

        assertThat(job.path("vertices")).isNotEmpty();
        for (JsonNode vertex : job.path("vertices")) {
            assertThat(vertex.path("parallelism").asInt())
                    .as("parallelism of %s", vertex.path("name").asText())
                    .isEqualTo(2);
        }
        List<String> expected = new ArrayList<>();
        int malformed = EngineRows.of(ORDERS, expected);
        assertThat(JobOutput.committedLines(out.resolve("rows")))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(JobOutput.committedLines(out.resolve("dead-letters")))
                .hasSize(malformed)
                .allMatch(l -> l.contains("MALFORMED_RECORD"));
        assertThat(JobOutput.hiddenFiles(out)).isEmpty();
    }
}
