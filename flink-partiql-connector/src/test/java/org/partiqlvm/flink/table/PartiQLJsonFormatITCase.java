package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.partiqlvm.flink.TestClusters;

/** The {@code partiql-json} format under the filesystem connector, over JSON lines. */
class PartiQLJsonFormatITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    static final String LINES =
            String.join(
                    "\n",
                    "{\"id\": 1, \"lines\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.25},"
                            + " {\"sku\": \"b\", \"qty\": 0, \"price\": 3}], \"bad\": 1}",
                    "{\"id\": 2, \"lines\": [], \"bad\": \"x\"}",
                    "{\"id\": 3, \"lines\": [{\"sku\": \"c\", \"qty\": 7, \"price\": 2}], \"bad\": 3}",
                    "{\"id\": 4, \"lines\": [{\"sku\": \"d\", \"qty\": \"many\", \"price\": 2}]}",
                    "{not json",
                    "");

    static final String LINE_ITEMS =
            "SELECT o.id, l.sku, l.qty, l.price FROM stream AS o, o.lines AS l"
                    + " WHERE l.sku <> 'b'";

    @TempDir Path dir;
    Path data;
    TableEnvironment env;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("orders.jsonl"), LINES);
        env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        env.getConfig().set("parallelism.default", "1");
    }

    void table(String name, String columns, String query, String... options) {
        StringBuilder ddl =
                new StringBuilder("CREATE TEMPORARY TABLE ")
                        .append(name)
                        .append(" (")
                        .append(columns)
                        .append(") WITH ('connector' = 'filesystem', 'path' = '")
                        .append(data.toUri())
                        .append("', 'format' = 'partiql-json', 'partiql-json.query' = '")
                        .append(query.replace("'", "''"))
                        .append("'");
        for (String option : options) {
            ddl.append(", ").append(option);
        }
        env.executeSql(ddl.append(")").toString());
    }

    List<String> rows(String query) throws Exception {
        return SqlRows.of(env.executeSql(query));
    }

    @Test
    void unnestsFiltersAndConvertsToTheDeclaredTypes() throws Exception {
        table(
                "items",
                "id BIGINT, sku STRING, qty INT, price DECIMAL(10, 2)",
                LINE_ITEMS,
                "'partiql-json.on-error' = 'skip'");
        assertThat(rows("SELECT * FROM items"))
                .containsExactlyInAnyOrder("+I[1, a, 2, 1.25]", "+I[3, c, 7, 2.00]");
    }

    @Test
    void failsTheJobOnABadRecordByDefault() {
        table("items", "id BIGINT, sku STRING, qty INT", LINE_ITEMS);
        assertThatThrownBy(() -> rows("SELECT * FROM items"))
                .hasStackTraceContaining("BadRecordException")
                .hasStackTraceContaining("column 'qty' holds STRING");
    }

    @Test
    void writesDeadLettersAsJsonLines() throws Exception {
        Path letters = dir.resolve("dead");
        table(
                "items",
                "id BIGINT, sku STRING, qty INT",
                LINE_ITEMS,
                "'partiql-json.on-error' = 'dead-letter'",
                "'partiql-json.dead-letter.path' = '" + letters.toUri() + "'",
                "'partiql-json.query-id' = 'items'");
        assertThat(rows("SELECT sku, qty FROM items"))
                .containsExactlyInAnyOrder("+I[a, 2]", "+I[c, 7]");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(letters)) {
            for (Path f : files.toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize(2);
        assertThat(lines)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .contains("\"record\":\"{not json\"")
                                        .contains("\"errorType\":\"MALFORMED_RECORD\"")
                                        .contains("\"recordBase64\":\"e25vdCBqc29u\"")
                                        .contains("\"queryId\":\"items\""));
        assertThat(lines)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .contains("\"errorType\":\"EVALUATION_ERROR\"")
                                        .contains("column 'qty' holds STRING"));
    }

    @Test
    void declaredColumnNotInTheStatementFailsAtPlanning() {
        table("items", "id BIGINT, sku STRING, amount INT", LINE_ITEMS);
        assertThatThrownBy(() -> env.explainSql("SELECT * FROM items"))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("declared column(s) [amount] are not among the columns");
    }

    @Test
    void invalidStatementFailsAtPlanningWithItsPosition() {
        table("items", "id BIGINT", "SELECT o.id FROM stream AS o WHERE");
        assertThatThrownBy(() -> env.explainSql("SELECT * FROM items"))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("Syntax error at 1:35");
    }

    @Test
    void projectionPushdownNarrowsTheStatement() throws Exception {
        // In strict mode CAST(o.bad AS INT) fails on record 2; reading only id never evaluates it.
        Files.writeString(
                data.resolve("orders.jsonl"),
                "{\"id\": 1, \"bad\": 1}\n{\"id\": 2, \"bad\": \"x\"}\n{\"id\": 3}\n");
        table(
                "flat",
                "id BIGINT, bad INT",
                "SELECT o.id, CAST(o.bad AS INT) AS bad FROM stream AS o",
                "'partiql-json.mode' = 'strict'");
        assertThat(env.explainSql("SELECT id FROM flat")).contains("project=[id]");
        assertThat(rows("SELECT id FROM flat"))
                .containsExactlyInAnyOrder("+I[1]", "+I[2]", "+I[3]");
        assertThatThrownBy(() -> rows("SELECT id, bad FROM flat"))
                .hasStackTraceContaining("BadRecordException");
    }

    @Test
    void structRowsFillDeclaredColumnsByName() throws Exception {
        table(
                "orders",
                "id BIGINT, lines STRING",
                "SELECT VALUE o FROM stream AS o WHERE o.id <= 2",
                "'partiql-json.on-error' = 'skip'");
        assertThat(rows("SELECT * FROM orders"))
                .containsExactlyInAnyOrder(
                        "+I[1, [{\"sku\":\"a\",\"qty\":2,\"price\":1.25},"
                                + "{\"sku\":\"b\",\"qty\":0,\"price\":3}]]",
                        "+I[2, []]");
    }
}
