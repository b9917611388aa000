package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.types.DataType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.partiqlvm.flink.FlinkRelease;
import org.partiqlvm.flink.TestClusters;

/** {@code PARTIQL} and {@code PARTIQL_VALUE} through SQL text on a mini cluster. */
class PartiQLTableFunctionITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    static final String ORDERS =
            "CREATE TEMPORARY VIEW orders(id, payload) AS VALUES"
                    + " (1, '{\"id\": 1, \"lines\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.5},"
                    + " {\"sku\": \"b\", \"qty\": 0, \"price\": 3}]}'),"
                    + " (2, '{\"id\": 2, \"lines\": []}'),"
                    + " (3, '{\"id\": 3, \"lines\": [{\"sku\": \"c\", \"qty\": \"7\", \"price\": 2}]}'),"
                    + " (4, '{not json')";

    static TableEnvironment tables() {
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        env.getConfig().set("parallelism.default", "1");
        env.executeSql(
                "CREATE TEMPORARY FUNCTION PARTIQL AS '"
                        + PartiQLTableFunction.class.getName()
                        + "'");
        env.executeSql(
                "CREATE TEMPORARY FUNCTION PARTIQL_VALUE AS '"
                        + PartiQLValueFunction.class.getName()
                        + "'");
        env.executeSql(ORDERS);
        return env;
    }

    static List<String> rows(Table table) throws Exception {
        return SqlRows.of(table.execute());
    }

    @Test
    void unnestsFiltersAndTypesRows() throws Exception {
        TableEnvironment env = tables();
        Table t =
                env.sqlQuery(
                        "SELECT o.id, t.sku, t.qty, t.total FROM orders AS o, LATERAL TABLE(PARTIQL("
                                + "'SELECT l.sku, CAST(l.qty AS INT) AS qty, l.qty * l.price AS total"
                                + " FROM stream AS r, r.lines AS l WHERE l.qty > 0', o.payload)) AS t");
        DataType type = t.getResolvedSchema().toPhysicalRowDataType();
        // Columns only the data types are VARIANT where Flink has it, else STRING of JSON text.
        String untyped = FlinkRelease.hasVariant() ? "VARIANT" : "STRING";
        assertThat(type.toString())
                .contains("`sku` " + untyped, "`qty` BIGINT", "`total` " + untyped);
        // A VARIANT decimal prints as 3; as JSON text the decimal keeps its scale: 3.0.
        String total = FlinkRelease.hasVariant() ? "3" : "3.0";
        assertThat(rows(t)).containsExactlyInAnyOrder("+I[1, \"a\", 2, " + total + "]");
    }

    @Test
    void leftJoinKeepsRecordsWithoutRows() throws Exception {
        TableEnvironment env = tables();
        Table t =
                env.sqlQuery(
                        "SELECT o.id, t.sku FROM orders AS o LEFT JOIN LATERAL TABLE(PARTIQL("
                                + "'SELECT l.sku FROM stream AS r, r.lines AS l', o.payload)) AS t"
                                + " ON TRUE");
        assertThat(rows(t))
                .containsExactlyInAnyOrder(
                        "+I[1, \"a\"]",
                        "+I[1, \"b\"]",
                        "+I[2, null]",
                        "+I[3, \"c\"]",
                        "+I[4, null]");
    }

    @Test
    void invalidStatementIsAValidationErrorWithItsPosition() {
        TableEnvironment env = tables();
        assertThatThrownBy(
                        () ->
                                env.sqlQuery(
                                        "SELECT t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + "'SELECT a, FROM stream', o.payload)) AS t"))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("Syntax error at 1:11")
                .hasStackTraceContaining("SELECT a, FROM stream\n            ^");
    }

    @Test
    void statementMustBeALiteral() {
        TableEnvironment env = tables();
        assertThatThrownBy(
                        () ->
                                env.sqlQuery(
                                        "SELECT t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + "o.payload, o.payload)) AS t"))
                .isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("must be a string literal");
    }

    @Test
    void valueFunctionReturnsTheSingleValue() throws Exception {
        TableEnvironment env = tables();
        Table t =
                env.sqlQuery(
                        "SELECT o.id, PARTIQL_VALUE('SELECT CAST(SUM(CAST(l.qty AS INT)) AS INT) AS n"
                                + " FROM stream AS r, r.lines AS l', o.payload) AS n FROM orders AS o");
        assertThat(t.getResolvedSchema().toPhysicalRowDataType().toString()).contains("`n` BIGINT");
        assertThat(rows(t))
                .containsExactlyInAnyOrder("+I[1, 2]", "+I[2, null]", "+I[3, 7]", "+I[4, null]");
    }

    @Test
    void readsBytesAndRowPayloads() throws Exception {
        TableEnvironment env = tables();
        String stmt = "'SELECT CAST(l.sku AS STRING) AS sku FROM stream AS r, r.lines AS l'";
        assertThat(
                        rows(
                                env.sqlQuery(
                                        "SELECT o.id, t.sku FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + stmt
                                                + ", CAST(o.payload AS BYTES))) AS t")))
                .containsExactlyInAnyOrder("+I[1, a]", "+I[1, b]", "+I[3, c]");
        env.executeSql(
                "CREATE TEMPORARY VIEW nested AS SELECT CAST(ROW(id, 'x') AS ROW<n INT, s STRING>)"
                        + " AS r FROM orders");
        assertThat(
                        rows(
                                env.sqlQuery(
                                        "SELECT t.* FROM nested AS o, LATERAL TABLE(PARTIQL("
                                                + "'SELECT s.n * 10 AS m, s.s || s.s AS ss FROM"
                                                + " stream AS s WHERE s.n > 2', o.r)) AS t")))
                .containsExactlyInAnyOrder("+I[30, xx]", "+I[40, xx]");
    }

    @Test
    void readsVariantPayloadsWhereFlinkHasThem() throws Exception {
        TableEnvironment env = tables();
        String query =
                "SELECT o.id, t.sku FROM orders AS o, LATERAL TABLE(PARTIQL("
                        + "'SELECT CAST(l.sku AS STRING) AS sku FROM stream AS r, r.lines AS l'"
                        + ", TRY_PARSE_JSON(o.payload))) AS t";
        if (FlinkRelease.hasVariant()) {
            assertThat(rows(env.sqlQuery(query)))
                    .containsExactlyInAnyOrder("+I[1, a]", "+I[1, b]", "+I[3, c]");
        } else {
            // Flink 1.20 has neither VARIANT nor TRY_PARSE_JSON: the planner rejects the query.
            assertThatThrownBy(() -> env.sqlQuery(query))
                    .isInstanceOf(ValidationException.class)
                    .hasStackTraceContaining("TRY_PARSE_JSON");
        }
    }

    @Test
    void optionsChooseJsonTextForUntypedColumnsAndFailOnBadRecords() throws Exception {
        TableEnvironment env = tables();
        Table json =
                env.sqlQuery(
                        "SELECT o.id, t.l FROM orders AS o, LATERAL TABLE(PARTIQL("
                                + "'SELECT l FROM stream AS r, r.lines AS l WHERE l.sku = ''c''',"
                                + " o.payload, 'untyped=json')) AS t");
        assertThat(json.getResolvedSchema().toPhysicalRowDataType().toString())
                .contains("`l` STRING");
        assertThat(rows(json)).containsExactly("+I[3, {\"sku\":\"c\",\"qty\":\"7\",\"price\":2}]");
        assertThat(
                        rows(
                                env.sqlQuery(
                                        "SELECT o.id, t.sku FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + "'SELECT CAST(l.sku AS STRING) AS sku FROM stream"
                                                + " AS r, r.lines AS l', o.payload,"
                                                + " 'rows-per-record=1')) AS t")))
                .containsExactly("+I[3, c]");
        assertThatThrownBy(
                        () ->
                                env.sqlQuery(
                                        "SELECT t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + "'SELECT r.id FROM stream AS r', o.payload,"
                                                + " 'rows-per-record=0')) AS t"))
                .hasStackTraceContaining("rows-per-record");
        Table failing =
                env.sqlQuery(
                        "SELECT o.id, t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                + "'SELECT r.id FROM stream AS r', o.payload,"
                                + " 'on-error = fail')) AS t");
        assertThatThrownBy(() -> rows(failing))
                .hasStackTraceContaining("BadRecordException")
                .hasStackTraceContaining("{not json");
        assertThatThrownBy(
                        () ->
                                env.sqlQuery(
                                        "SELECT t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                                + "'SELECT r.id FROM stream AS r', o.payload,"
                                                + " 'on-eror=fail')) AS t"))
                .hasStackTraceContaining("unknown PartiQL option 'on-eror'");
    }

    @Test
    void recordSizeBoundsStringAndBytesPayloadsByTheirUtf8Bytes() throws Exception {
        TableEnvironment env = tables();
        // Only order 2 ({"id": 2, "lines": []}, 22 bytes) and the malformed 4 are within 30 bytes.
        for (String payload : new String[] {"o.payload", "CAST(o.payload AS BYTES)"}) {
            assertThat(
                            rows(
                                    env.sqlQuery(
                                            "SELECT o.id, t.n FROM orders AS o, LATERAL TABLE("
                                                    + "PARTIQL('SELECT CAST(r.id AS INT) AS n"
                                                    + " FROM stream AS r', "
                                                    + payload
                                                    + ", 'record-size=30')) AS t")))
                    .containsExactly("+I[2, 2]");
        }
    }

    @Test
    void optionsMayBeAMapLiteralFromFlink23() throws Exception {
        TableEnvironment env = tables();
        String query =
                "SELECT o.id, t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                        + "'SELECT r.id FROM stream AS r', o.payload,"
                        + " MAP['on-error', 'fail'])) AS t";
        if (FlinkRelease.atLeast(2, 3)) {
            Table failing = env.sqlQuery(query);
            assertThatThrownBy(() -> rows(failing)).hasStackTraceContaining("BadRecordException");
        } else {
            // Flink 2.2's and 1.20's planners do not hand a MAP constructor over as a literal
            // (their CallContext.isArgumentLiteral is false for it): the error says what to write.
            assertThatThrownBy(() -> env.sqlQuery(query))
                    .hasStackTraceContaining("the options (third argument) must be a literal")
                    .hasStackTraceContaining("write the options as a string 'key=value, ...'");
        }
    }

    @Test
    void writesDeadLettersOfTheFunction(@TempDir Path dir) throws Exception {
        TableEnvironment env = tables();
        Table t =
                env.sqlQuery(
                        "SELECT o.id, t.* FROM orders AS o, LATERAL TABLE(PARTIQL("
                                + "'SELECT r.id FROM stream AS r', o.payload,"
                                + " 'on-error=dead-letter, query-id=ids, dead-letter.path="
                                + dir.toUri()
                                + "')) AS t");
        assertThat(rows(t)).hasSize(3);
        List<String> letters = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                letters.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0))
                .contains("\"record\":\"{not json\"")
                .contains("\"errorType\":\"MALFORMED_RECORD\"")
                .contains("\"queryId\":\"ids\"")
                .contains("\"query\":\"SELECT r.id FROM stream AS r\"");
    }
}
