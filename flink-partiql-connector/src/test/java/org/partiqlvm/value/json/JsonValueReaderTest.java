package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.IntValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;

class JsonValueReaderTest {

    private final JsonValueReader json = JsonValueReader.standard();

    @Test
    void anExponentBeyondBigDecimalIsADecodeErrorNotACrash() {
        byte[] record = "{\"a\": 5e8227243438873237}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonValueReader.standard().read(record))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("number out of range");
        assertThatThrownBy(
                        () ->
                                JsonValueReader.standard()
                                        .recordReader()
                                        .read(record, JsonProjection.all(), new ValueArena()))
                .isInstanceOf(ValueDecodeException.class);
    }

    @Test
    void readsEveryJsonType() {
        Value v =
                json.read(
                        "{\"s\": \"x\", \"i\": 1, \"d\": 2.50, \"b\": true, \"n\": null, \"l\": [false, {}]}");
        assertThat(v)
                .hasToString(
                        "{'s': 'x', 'i': 1, 'd': 2.50, 'b': true, 'n': NULL, 'l': [false, {}]}");
        assertThat(v.get("i", true)).isInstanceOf(IntValue.class);
        assertThat(v.get("d", true).kind()).isEqualTo(ValueKind.DECIMAL);
    }

    @Test
    void integersOfAnySize() {
        assertThat(json.read("9223372036854775807")).isEqualTo(Value.ofLong(Long.MAX_VALUE));
        assertThat(json.read("-9223372036854775808")).isEqualTo(Value.ofLong(Long.MIN_VALUE));
        assertThat(json.read("9223372036854775808"))
                .isEqualTo(Value.ofBigInteger(BigInteger.ONE.shiftLeft(63)));
        assertThat(json.read("-123456789012345678901234567890").asBigInteger())
                .isEqualTo(new BigInteger("-123456789012345678901234567890"));
    }

    @Test
    void fractionalNumbersAreExactDecimalsByDefault() {
        assertThat(json.read("0.1").asBigDecimal()).isEqualTo(new BigDecimal("0.1"));
        assertThat(json.read("1.50").asBigDecimal()).isEqualTo(new BigDecimal("1.50"));
        assertThat(json.read("1e400").asBigDecimal()).isEqualTo(new BigDecimal("1E+400"));
        assertThat(json.read("-2.5E-3").asBigDecimal()).isEqualTo(new BigDecimal("-0.0025"));
        assertThat(json.read("1e2").kind()).isEqualTo(ValueKind.DECIMAL);
    }

    @Test
    void fractionalNumbersAsDoublesOnRequest() {
        JsonValueReader doubles =
                json.withFractionalNumbers(JsonValueReader.FractionalNumbers.DOUBLE);
        assertThat(doubles.read("0.1")).isEqualTo(Value.ofDouble(0.1));
        assertThat(doubles.read("1e400")).isEqualTo(Value.ofDouble(Double.POSITIVE_INFINITY));
        assertThat(doubles.read("7")).isEqualTo(Value.ofLong(7)); // integers stay INT
    }

    @Test
    void keepsFieldOrderAndDuplicates() {
        Value v = json.read("{\"b\": 1, \"a\": 2, \"b\": 3}");
        assertThat(v.fieldCount()).isEqualTo(3);
        assertThat(v.fieldName(0)).isEqualTo("b");
        assertThat(v.fieldValue(2)).isEqualTo(Value.ofLong(3));
        assertThat(v.get("b", true)).isEqualTo(Value.ofLong(1));
    }

    @Test
    void unicodeAndEscapes() {
        Value v = json.read("[\"h\\u00e9\\n\", \"\\uD83D\\uDCA9\", \"日本\"]");
        assertThat(v.get(0).asString()).isEqualTo("hé\n");
        assertThat(v.get(1).asString()).isEqualTo("\uD83D\uDCA9");
        assertThat(v.get(2).asString()).isEqualTo("日本");
        byte[] utf8 = "{\"é\": \"ü\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(json.read(utf8).get("é", true)).isEqualTo(Value.ofString("ü"));
    }

    @Test
    void readsASliceOfBytes() {
        byte[] bytes = "xx[1, 2]yy".getBytes(StandardCharsets.UTF_8);
        assertThat(json.read(bytes, 2, 6))
                .isEqualTo(Value.listOf(Value.ofLong(1), Value.ofLong(2)));
    }

    @Test
    void deepNesting() {
        int depth = 200;
        String text = "[".repeat(depth) + "1" + "]".repeat(depth);
        Value v = json.read(text);
        for (int k = 0; k < depth; k++) {
            v = v.get(0);
        }
        assertThat(v).isEqualTo(Value.ofLong(1));
    }

    @Test
    void readsStreamsOfTopLevelValues() throws IOException {
        assertThat(json.readAll("1 {\"a\": 2}\n[3]\n"))
                .containsExactly(
                        Value.ofLong(1),
                        Value.structBuilder().add("a", Value.ofLong(2)).build(),
                        Value.listOf(Value.ofLong(3)));
        assertThat(json.readAll("  ")).isEmpty();
        assertThat(json.readAll("true false".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Value.TRUE, Value.FALSE);
        List<Value> seen = new ArrayList<>();
        try (JsonValueSequence seq =
                json.sequence(
                        new ByteArrayInputStream(
                                "{\"a\":1}\n{\"a\":2}\n".getBytes(StandardCharsets.UTF_8)))) {
            while (seq.hasNext()) {
                seen.add(seq.next());
            }
            assertThat(seq.hasNext()).isFalse();
        }
        assertThat(seen).hasSize(2);
        try (JsonValueSequence seq = json.sequence(new StringReader("1 2"))) {
            assertThat(seq.next()).isEqualTo(Value.ofLong(1));
            assertThat(seq.next()).isEqualTo(Value.ofLong(2));
            assertThatThrownBy(seq::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    @Test
    void readsFromAPositionedParser() throws IOException {
        JsonParser p =
                new JsonFactory()
                        .createParser("{\"header\": 1, \"payload\": {\"a\": [1]}, \"after\": 2}");
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        p.nextToken(); // header
        p.nextToken(); // 1
        p.nextToken(); // payload
        p.nextToken(); // {
        Value payload = json.readValue(p);
        assertThat(payload).hasToString("{'a': [1]}");
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
        assertThat(p.currentName()).isEqualTo("after");
        JsonParser fresh = new JsonFactory().createParser("[true]");
        assertThat(json.readValue(fresh)).isEqualTo(Value.listOf(Value.TRUE));
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        assertThatThrownBy(() -> json.read("{\"a\": 1,\n  \"b\": }"))
                .isInstanceOfSatisfying(
                        ValueDecodeException.class,
                        e -> {
                            assertThat(e.line()).isEqualTo(2);
                            assertThat(e.column()).isEqualTo(8);
                            assertThat(e.offset()).isEqualTo(16);
                            assertThat(e.getMessage())
                                    .startsWith("malformed JSON: Unexpected character ('}'")
                                    .endsWith("at line 2, column 8 (offset 16)");
                            assertThat(e.getMessageWithoutLocation()).doesNotContain("line 2");
                            assertThat(e.getCause()).isNotNull();
                        });
    }

    @Test
    void malformedBytesReportByteOffsets() {
        byte[] bytes = "[1, 2,, 3]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(bytes))
                .isInstanceOfSatisfying(
                        ValueDecodeException.class,
                        e -> {
                            assertThat(e.offset()).isEqualTo(6);
                            assertThat(e.line()).isEqualTo(1);
                            assertThat(e.column()).isEqualTo(7);
                        });
    }

    @Test
    void truncatedEmptyAndTrailingInputAreErrors() {
        assertThatThrownBy(() -> json.read("[1, 2"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("end-of-input");
        assertThatThrownBy(() -> json.read("   "))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("the input is empty");
        assertThatThrownBy(() -> json.read("{} []"))
                .isInstanceOfSatisfying(
                        ValueDecodeException.class,
                        e -> {
                            assertThat(e.getMessageWithoutLocation())
                                    .isEqualTo(
                                            "malformed JSON: expected the end of the input after"
                                                    + " the JSON value but found '['");
                            assertThat(e.column()).isEqualTo(4);
                        });
        assertThatThrownBy(() -> json.read("NaN")).isInstanceOf(ValueDecodeException.class);
        assertThatThrownBy(() -> json.read("{'a': 1}")).isInstanceOf(ValueDecodeException.class);
        assertThatThrownBy(() -> json.readAll("1 ]")).isInstanceOf(ValueDecodeException.class);
        assertThatThrownBy(() -> json.read(new byte[] {'"', (byte) 0xC3, '"'}))
                .isInstanceOf(ValueDecodeException.class);
    }
}
