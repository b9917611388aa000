package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.e2e.sqljob.SqlOrdersJob;
import org.partiqlvm.examples.etl.EngineRows;
import org.partiqlvm.examples.etl.OrdersEtlJob;

/**
 * Flink SQL on the cluster with the SQL jar (flink-sql-partiql) in its class path, as its docs say
 * to install it: a job jar holding only {@link SqlOrdersJob} (no PartiQL class) uses the {@code
 * partiql-json} format and the {@code PARTIQL} table function, and gets the engine's rows.
 */
@ExtendWith(ClusterExtension.class)
class SqlClusterITCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ORDERS =
            Path.of(System.getProperty("examples.dir", "../examples"), "data", "orders.jsonl")
                    .toAbsolutePath()
                    .normalize();
    private static final String LINE_TOTALS =
            "SELECT UPPER(COALESCE(o.customer.address.country, 'unknown')) AS country,"
                    + " CAST(l.qty * l.unit_price * (100 - COALESCE(l.discount_pct, 0)) / 100"
                    + " AS DECIMAL(12, 2)) AS line_total"
                    + " FROM orders AS o, o.lines AS l"
                    + " WHERE o.status <> 'cancelled' AND l.qty > 0";

    @Test
    @Timeout(300)
    void formatAndFunctionFromTheSqlJarGiveTheEngineRows(ClusterExtension.Cluster cluster)
            throws Exception {
        Path out = JobOutput.fresh(cluster.work().resolve("out/sql"));
        String jarId = cluster.rest().uploadJar(sqlOnlyJar(cluster.work().resolve("sql-job.jar")));
        String jobId =
                cluster.rest()
                        .runJar(
                                jarId,
                                SqlOrdersJob.class.getName(),
                                List.of(
                                        "--input", ORDERS.toString(),
                                        "--output", out.toString(),
                                        // Without the leading comment line: an argument value
                                        // starting with "--" would read as the next key.
                                        "--query", withoutCommentLines(OrdersEtlJob.query()),
                                        "--totals-query", LINE_TOTALS),
                                2,
                                null);
        cluster.rest().awaitState(jobId, Set.of("FINISHED"), Duration.ofMinutes(3));

        List<String> expected = new ArrayList<>();
        int malformed = EngineRows.of(ORDERS, expected);
        assertThat(keys(JobOutput.committedLines(out.resolve("rows"))))
                .containsExactlyInAnyOrderElementsOf(keys(expected));
        assertThat(JobOutput.committedLines(out.resolve("dead-letters"))).hasSize(malformed);
        List<String> totals = JobOutput.committedLines(out.resolve("totals"));
        assertThat(totals).hasSize(expected.size());
        assertThat(sum(totals)).isEqualByComparingTo(sum(expected));
    }

    private static String withoutCommentLines(String statement) {
        return String.join(
                "\n", statement.lines().filter(l -> !l.trim().startsWith("--")).toList());
    }

    /** Each row as "order_id|sku|qty|line_total" (the JSON format's number text may differ). */
    private static List<String> keys(List<String> rows) throws Exception {
        List<String> keys = new ArrayList<>();
        for (String row : rows) {
            JsonNode r = JSON.readTree(row);
            keys.add(
                    r.path("order_id").asLong()
                            + "|"
                            + r.path("sku").asText()
                            + "|"
                            + r.path("qty").asInt()
                            + "|"
                            + r.path("line_total")
                                    .decimalValue()
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "|"
                            + r.path("country").asText());
        }
        return keys;
    }

    private static BigDecimal sum(List<String> rows) throws Exception {
        BigDecimal total = BigDecimal.ZERO;
        for (String row : rows) {
            total = total.add(JSON.readTree(row).path("line_total").decimalValue());
        }
        return total;
    }

    /** A job jar with {@link SqlOrdersJob} alone, as a user's SQL job would be. */
    private static Path sqlOnlyJar(Path jar) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        String entry = SqlOrdersJob.class.getName().replace('.', '/') + ".class";
        Path classFile =
                Path.of(
                                SqlOrdersJob.class
                                        .getProtectionDomain()
                                        .getCodeSource()
                                        .getLocation()
                                        .toURI())
                        .resolve(entry);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classFile));
            out.closeEntry();
        }
        return jar;
    }
}
