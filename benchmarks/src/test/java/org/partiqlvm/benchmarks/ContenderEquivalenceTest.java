package org.partiqlvm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The comparison is honest: on every workload, every contender gives the rows our engine gives, as
 * multisets. Rows are compared as field-name to value maps (partiql-lang-kotlin keeps no field
 * order), numbers by value rounded to 6 decimals (the hand-written peers use doubles, the PartiQL
 * engines exact decimals).
 */
class ContenderEquivalenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Workload.class)
    void everyContenderGivesOurRows(Workload workload) throws Exception {
        byte[][] records = workload.records(300, 7L);
        List<Map<String, String>> expected = rows("partiqlvm", workload, records);
        assertThat(expected).hasSizeGreaterThan(50);

        for (String name : Contenders.NAMES) {
            assertThat(rows(name, workload, records))
                    .as("%s on %s", name, workload)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Q5 is the examples' statement, with the record bound as {@code stream}. */
    @Test
    void q5IsTheExamplesOrdersEtlStatement() throws Exception {
        Path file =
                Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                        .resolveSibling("examples")
                        .resolve("src/main/resources/queries/orders-etl.partiql");
        StringBuilder statement = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("--")) {
                statement.append(' ').append(line.strip());
            }
        }
        assertThat(Workload.Q5.statement())
                .contains("LOWER(TRIM(o.customer.email))", "FROM stream AS o, o.lines AS l")
                .doesNotContain("--", "FROM orders");
        assertThat(squeeze(Workload.Q5.statement()))
                .isEqualTo(squeeze(statement.toString().replace("FROM orders ", "FROM stream ")));
    }

    /** Q5's input has what the statement must cope with, so the peers are compared on it. */
    @Test
    void q5RowsCoverDefaultsCasesAndRounding() throws Exception {
        byte[][] records = Workload.Q5.records(300, 7L);
        List<Map<String, String>> rows = rows("partiqlvm", Workload.Q5, records);
        assertThat(rows).anyMatch(r -> "UNKNOWN".equals(r.get("country")));
        assertThat(rows).anyMatch(r -> "standard".equals(r.get("tier")));
        assertThat(rows).anyMatch(r -> !r.get("discount_pct").startsWith("0."));
        assertThat(rows).allMatch(r -> r.get("email").equals(r.get("email").strip().toLowerCase()));
        assertThat(rows).allMatch(r -> r.get("country").equals(r.get("country").toUpperCase()));
        // some totals round half-up at the third decimal: unit_price * qty * (100 - d) / 100
        assertThat(rows)
                .anyMatch(
                        r -> {
                            BigDecimal exact =
                                    new BigDecimal(r.get("unit_price"))
                                            .multiply(new BigDecimal(r.get("qty")))
                                            .multiply(
                                                    BigDecimal.valueOf(100)
                                                            .subtract(
                                                                    new BigDecimal(
                                                                            r.get("discount_pct"))))
                                            .movePointLeft(2);
                            return exact.stripTrailingZeros().scale() > 2
                                    && new BigDecimal(r.get("line_total"))
                                                    .compareTo(
                                                            exact.setScale(2, RoundingMode.HALF_UP))
                                            == 0;
                        });
        int cancelled = 0;
        for (byte[] record : records) {
            if (new String(record, StandardCharsets.UTF_8).contains("\"cancelled\"")) {
                cancelled++;
            }
        }
        assertThat(cancelled).isBetween(10, 80);
    }

    private static String squeeze(String statement) {
        return statement.replaceAll("\\s+", " ").replaceAll("\\( ", "(").strip();
    }

    private static List<Map<String, String>> rows(String name, Workload w, byte[][] records)
            throws Exception {
        Contender contender = Contenders.create(name);
        contender.open(w);
        RowSink sink = RowSink.forTest();
        for (byte[] record : records) {
            contender.process(record, sink);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (!sink.objects().isEmpty()) {
            for (Object o : sink.objects()) {
                Row row = (Row) o;
                Map<String, String> fields = new TreeMap<>();
                for (String field : row.getFieldNames(true)) {
                    Object v = row.getField(field);
                    if (v != null) {
                        fields.put(field, normalize(v.toString()));
                    }
                }
                rows.add(fields);
            }
            return rows;
        }
        for (String line : sink.jsonText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = MAPPER.readTree(line);
            Map<String, String> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (!f.getValue().isNull()) {
                    fields.put(f.getKey(), normalize(f.getValue().asText()));
                }
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String normalize(String value) {
        try {
            return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
