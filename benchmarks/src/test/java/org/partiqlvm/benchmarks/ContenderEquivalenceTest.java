package org.partiqlvm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.types.Row;
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
