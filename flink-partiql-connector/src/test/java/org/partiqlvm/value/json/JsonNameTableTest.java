package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partiqlvm.value.Value;

/**
 * Issue 11, item 12: names crafted to share one hash (hash flooding) cost a bounded number of
 * probes each in the byte reader's name table, and still read right.
 */
class JsonNameTableTest {

    /**
     * {@code 2^blocks} distinct names of one length and one hash: "Aa" and "BB" have the same
     * 31-polynomial hash, so every sequence of them does too.
     */
    private static List<String> collidingNames(int blocks, int count) {
        List<String> names = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < blocks; b++) {
                sb.append((n >> b & 1) == 0 ? "Aa" : "BB");
            }
            names.add(sb.toString());
        }
        return names;
    }

    @Test
    void collidingNamesFillNoMoreThanOneProbeRun() {
        JsonNameTable table = new JsonNameTable();
        List<String> names = collidingNames(14, 10_000);
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                assertThat(table.name(bytes, 0, bytes.length)).isSameAs(name.intern());
            }
        }
        assertThat(table.size()).isLessThanOrEqualTo(JsonNameTable.MAX_PROBES);

        byte[] other = "plain".getBytes(StandardCharsets.UTF_8);
        assertThat(table.name(other, 0, other.length)).isEqualTo("plain");
        assertThat(table.size()).isLessThanOrEqualTo(JsonNameTable.MAX_PROBES + 1);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRecordOf180000CollidingNamesReadsWhole() {
        List<String> names = collidingNames(18, 180_000);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":").append(i);
        }
        json.append('}');
        Value record =
                JsonValueReader.standard()
                        .recordReader()
                        .read(
                                json.toString().getBytes(StandardCharsets.UTF_8),
                                JsonProjection.all());
        assertThat(record.fieldCount()).isEqualTo(180_000);
        assertThat(record.fieldName(179_999)).isEqualTo(names.get(179_999));
    }
}
