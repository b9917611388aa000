package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

class JsonValueWriterTest {

    private final JsonValueWriter writer = JsonValueWriter.standard();
    private final JsonValueReader reader = JsonValueReader.standard();

    @Test
    void writesScalars() {
        assertThat(writer.writeToString(Value.ofLong(-5))).isEqualTo("-5");
        assertThat(writer.writeToString(Value.ofBigInteger(BigInteger.TEN.pow(25))))
                .isEqualTo("10000000000000000000000000");
        assertThat(writer.writeToString(Value.ofDecimal(new BigDecimal("1.50")))).isEqualTo("1.50");
        assertThat(writer.writeToString(Value.ofDecimal(new BigDecimal("1E+3")))).isEqualTo("1E+3");
        assertThat(writer.writeToString(Value.ofDouble(2.5))).isEqualTo("2.5");
        assertThat(writer.writeToString(Value.TRUE)).isEqualTo("true");
        assertThat(writer.writeToString(Value.NULL)).isEqualTo("null");
        assertThat(writer.writeToString(Value.nullOf(ValueKind.STRUCT))).isEqualTo("null");
        assertThat(writer.writeToString(Value.MISSING)).isEqualTo("null");
        assertThat(writer.writeToString(Value.ofString("a\"\n"))).isEqualTo("\"a\\\"\\n\"");
        assertThat(writer.writeToString(Value.ofSymbol("sym"))).isEqualTo("\"sym\"");
    }

    @Test
    void lobsFollowIonDownConversion() {
        assertThat(writer.writeToString(Value.ofBlob(new byte[] {'h', 'i', '!'})))
                .isEqualTo("\"aGkh\"");
        assertThat(writer.writeToString(Value.ofClob(new byte[] {'h', (byte) 0xE9})))
                .isEqualTo("\"h\u00e9\"");
    }

    @Test
    void nonFiniteFloatsAreNullOrStrings() {
        Value list =
                Value.listOf(
                        Value.ofDouble(Double.NaN),
                        Value.ofDouble(Double.POSITIVE_INFINITY),
                        Value.ofDouble(Double.NEGATIVE_INFINITY));
        assertThat(writer.writeToString(list)).isEqualTo("[null,null,null]");
        assertThat(writer.withNonFiniteFloatsAsStrings(true).writeToString(list))
                .isEqualTo("[\"NaN\",\"Infinity\",\"-Infinity\"]");
    }

    @Test
    void missingFieldsAreOmittedAndMissingElementsAreNull() {
        Value v =
                Value.structBuilder()
                        .add("a", Value.MISSING)
                        .add("b", Value.listOf(Value.MISSING, Value.ofLong(1)))
                        .add("c", Value.bagOf(Value.ofLong(2)))
                        .add("d", Value.sexpOf(Value.ofSymbol("x")))
                        .add("b", Value.NULL)
                        .build();
        assertThat(writer.writeToString(v))
                .isEqualTo("{\"b\":[null,1],\"c\":[2],\"d\":[\"x\"],\"b\":null}");
    }

    @Test
    void datetimesAsIsoStrings() {
        assertThat(writer.writeToString(Value.ofDate(LocalDate.of(2021, 8, 22))))
                .isEqualTo("\"2021-08-22\"");
        assertThat(
                        writer.writeToString(
                                Value.ofTime(LocalTime.of(12, 30, 45, 500_000_000), null, 2)))
                .isEqualTo("\"12:30:45.50\"");
        assertThat(
                        writer.writeToString(
                                Value.ofTime(LocalTime.of(9, 0), ZoneOffset.ofHours(-8), 0)))
                .isEqualTo("\"09:00:00-08:00\"");
        assertThat(writer.writeToString(Value.ofTimestamp(LocalDateTime.of(2024, 1, 2, 3, 4, 5))))
                .isEqualTo("\"2024-01-02T03:04:05\"");
        assertThat(
                        writer.writeToString(
                                Value.ofTimestamp(
                                        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000),
                                        ZoneOffset.UTC,
                                        6)))
                .isEqualTo("\"2024-01-02T03:04:05.123000+00:00\"");
    }

    @Test
    void intervalsAsIsoDurations() {
        assertThat(JsonValueWriter.isoText(Value.ofIntervalYearMonth(14))).isEqualTo("P1Y2M");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalYearMonth(-3))).isEqualTo("-P3M");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalYearMonth(24))).isEqualTo("P2Y");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalYearMonth(0))).isEqualTo("P0M");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalDayTime(93_784, 500_000_000)))
                .isEqualTo("P1DT2H3M4.5S");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalDayTime(-86_400 - 7_200, 0)))
                .isEqualTo("-P1DT2H");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalDayTime(0, 0))).isEqualTo("PT0S");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalDayTime(86_400, 0))).isEqualTo("P1D");
        assertThat(JsonValueWriter.isoText(Value.ofIntervalDayTime(0, 1_000)))
                .isEqualTo("PT0.000001S");
    }

    @Test
    void roundTripsJsonShapedValuesExactly() {
        Value v =
                Value.structBuilder()
                        .add("big", Value.ofBigInteger(BigInteger.TEN.pow(40).negate()))
                        .add("dec", Value.ofDecimal(new BigDecimal("123456789.123456789123456789")))
                        .add("tiny", Value.ofDecimal(new BigDecimal("1E-30")))
                        .add("unicode", Value.ofString("é \uD83D\uDCA9 \u0000 \u2028"))
                        .add("dup", Value.ofLong(1))
                        .add("dup", Value.listOf(StructValue.empty(), Value.listOf(), Value.NULL))
                        .build();
        assertThat(reader.read(writer.writeToString(v))).isEqualTo(v);
        assertThat(reader.read(writer.writeToBytes(v))).isEqualTo(v);
    }

    @Test
    void writesToStreamsAndGenerators() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(Value.listOf(Value.ofString("ü")), out);
        out.write('\n'); // the stream stays open
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"ü\"]\n");
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeFieldName("value");
            writer.write(Value.ofLong(1), g);
            g.writeEndObject();
        }
        assertThat(sw).hasToString("{\"value\":1}");
    }
}
