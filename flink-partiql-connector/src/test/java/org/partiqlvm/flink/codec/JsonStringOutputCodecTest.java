package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

class JsonStringOutputCodecTest {

    private static List<String> run(String query, String record, OutputCodec<String> codec) {
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(query, CompileOptions.forStream("stream")));
        Bindings in = vm.newBindings();
        in.setStreamRecord(0, new JsonStringInputCodec().decode(record));
        List<String> out = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                out.add(codec.encode(row));
            }
        }
        return out;
    }

    @Test
    void writesOneCompactJsonTextPerRowWithNothingBetweenRows() {
        JsonStringOutputCodec codec = new JsonStringOutputCodec();
        String record =
                "{\"id\": 7, \"items\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.25},"
                        + " {\"sku\": \"b\", \"qty\": 0, \"price\": 3}, {\"sku\": \"c\", \"qty\": 1}]}";

        List<String> rows =
                run(
                        "SELECT r.id, i.sku, i.qty * i.price AS total FROM stream AS r, r.items AS i"
                                + " WHERE i.qty > 0",
                        record,
                        codec);

        assertThat(rows)
                .containsExactly(
                        "{\"id\":7,\"sku\":\"a\",\"total\":2.50}", "{\"id\":7,\"sku\":\"c\"}");
        assertThat(run("SELECT VALUE r.id FROM stream AS r", record, codec)).containsExactly("7");
        assertThat(codec.producedType()).isEqualTo(Types.STRING);
    }

    @Test
    void bytesCodecReadsUtf8AndDescribesTheRecordAsText() {
        JsonBytesInputCodec codec = new JsonBytesInputCodec();
        byte[] record = "{\"name\": \"Zoë\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(codec.decode(record).toString()).contains("Zoë");
        assertThat(codec.describe(record)).isEqualTo("{\"name\": \"Zoë\"}");
        assertThatThrownBy(() -> codec.decode("{\"a\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValueDecodeException.class);
    }

    @Test
    void valueCodecsPassValuesThrough() {
        Value v = new JsonStringInputCodec().decode("{\"a\": [1, 2]}");

        assertThat(new ValueInputCodec().decode(v)).isSameAs(v);
        assertThat(
                        run(
                                "SELECT r.a FROM stream AS r",
                                "{\"a\": [1, 2]}",
                                new JsonStringOutputCodec()))
                .containsExactly("{\"a\":[1,2]}");
    }
}
