package org.partiqlvm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonNodeInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * What the fuzz suite found, kept as plain examples: each test is one failure a property met, with
 * the fix it led to.
 */
class FuzzRegressionTest {

    private static final CompiledPlan ALL =
            PlanCompiler.compile(
                    "SELECT VALUE s FROM stream AS s", CompileOptions.forStream("stream"));

    @Test
    void aByteOrderMarkIsSkippedByTheTextCodecAsByTheBytesCodec() {
        // Jackson skips a leading BOM in bytes but rejects it in text: the string codec (and
        // JsonValueReader's text methods) skip it too, so both codecs read the same record.
        String json = "\uFEFF{\"a\": 1.50}";
        JsonBytesInputCodec bytes = new JsonBytesInputCodec();
        JsonStringInputCodec text = new JsonStringInputCodec();
        bytes.open(ALL);
        text.open(ALL);

        Value fromBytes = bytes.decode(json.getBytes(StandardCharsets.UTF_8));
        String fromBytesText = fromBytes.toString();
        Value fromText = text.decode(json);

        assertThat(fromText.toString()).isEqualTo(fromBytesText).isEqualTo("{'a': 1.50}");
        assertThat(JsonValueReader.standard().read(json).toString()).isEqualTo(fromBytesText);
        assertThat(JsonValueReader.standard().readAll("\uFEFF1 2").toString()).isEqualTo("[1, 2]");
    }

    @Test
    void aJsonNodeKeepsTheScaleOfDecimalsOnlyWhenItsMapperIsToldTo() throws Exception {
        // The codecs agreed except for JsonNode records of 0.000: Jackson's node factory strips
        // trailing zeros unless STRIP_TRAILING_BIGDECIMAL_ZEROES is off, so such a tree holds a
        // different value (0) before the codec sees it (the codec's Javadoc says how to build one).
        String json = "{\"b\": 0.000, \"c\": 1.50}";
        ObjectMapper exact =
                JsonMapper.builder()
                        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                        .build();

        Value fromNode = new JsonNodeInputCodec().decode(exact.readTree(json));

        assertThat(fromNode.toString())
                .isEqualTo(JsonValueReader.standard().read(json).toString())
                .isEqualTo("{'b': 0.000, 'c': 1.50}");
    }

    @Test
    void oneByteAfterAnEmptyObjectOrArrayIsTrailingContentForTheReusedParserToo() {
        // The reused non-blocking parser accepted {}" and {}- as {} (Jackson reports the end of
        // an empty container one byte too far); the generic reader rejects them.
        for (String bad : new String[] {"{}\"", "{}-", "[]\"", "[]x", "{}}", "[]]"}) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            JsonRecordReader reader = JsonValueReader.standard().recordReader();
            assertThatThrownBy(() -> reader.read(bytes, JsonProjection.all(), new ValueArena()))
                    .as(bad)
                    .isInstanceOf(ValueDecodeException.class);
            assertThatThrownBy(() -> reader.read(bytes, JsonProjection.all()))
                    .as(bad)
                    .isInstanceOf(ValueDecodeException.class);
        }
        JsonRecordReader reader = JsonValueReader.standard().recordReader();
        for (String good : new String[] {"{} ", "[]\n", "{\"a\": {}}", "[[]]"}) {
            assertThat(reader.read(good.getBytes(StandardCharsets.UTF_8), JsonProjection.all()))
                    .as(good)
                    .isEqualTo(JsonValueReader.standard().read(good));
        }
    }
}
