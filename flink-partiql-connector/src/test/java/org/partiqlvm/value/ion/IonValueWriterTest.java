package org.partiqlvm.value.ion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.IonWriter;
import com.amazon.ion.system.IonSystemBuilder;
import com.amazon.ion.system.IonTextWriterBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArbitraries;
import org.partiqlvm.value.ValueKind;

class IonValueWriterTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();
    private final IonValueReader reader = IonValueReader.standard();
    private final IonValueWriter writer = IonValueWriter.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "-9223372036854775808",
                "123456789012345678901234567890",
                "1.",
                "1.50",
                "1d-7",
                "1e0",
                "-0e0",
                "nan",
                "+inf",
                "-inf",
                "\"h\\u00e9 \\U0001F4A9\"",
                "sym",
                "'with space'",
                "{{aGk=}}",
                "{{\"hi\\x00\"}}",
                "null",
                "null.bool",
                "null.int",
                "null.float",
                "null.decimal",
                "null.timestamp",
                "null.string",
                "null.symbol",
                "null.blob",
                "null.clob",
                "null.list",
                "null.sexp",
                "null.struct",
                "[1, (a + 2), {x: 1, x: [], y: {}}]",
                "()",
                "$bag::[1, $bag::[], $missing::null]",
                "$missing::null",
                "$bag::null",
                "$date::null",
                "$time::null",
                "$interval_ym::null",
                "$interval_dt::null",
                "2007-02-23T12:14:33.079-08:00",
                "2007-02-23T12:14:33.000000001+05:30",
                "2007-02-23T12:14:33Z",
                "2017-01-01T00:01-00:00",
                "2017-01-01T00:01Z",
                "2021-08-22T",
                "$date::{year: 2021, month: 8, day: 22}",
                "$time::{hour: 1, minute: 2, second: 3.5, offset: null.int}",
                "$time::{hour: 23, minute: 59, second: 59.999999999, offset: -480}",
                "$time::{hour: 0, minute: 0, second: 0., offset: 0}",
                "$interval_ym::{sign: \"-\", years: 1, months: 11}",
                "$interval_dt::{sign: \"+\", days: 41, hours: 15, minutes: 59, seconds: 59,"
                        + " nanos: 123456789}",
                "{'': $bag::[{a: 1.0}], b: $missing::null}",
            })
    void ionRoundTripsExactly(String ion) {
        IonValue original = ION.singleValue(ion);
        Value v = reader.fromIonValue(original);
        assertThat(ION.singleValue(writer.toText(v))).as(writer.toText(v)).isEqualTo(original);
        assertThat(ION.singleValue(writer.toBinary(v))).isEqualTo(original);
        assertThat(writer.toIonValue(v, ION)).isEqualTo(original);
        assertThat(reader.read(writer.toPrettyText(v))).isEqualTo(v);
    }

    @Test
    void suiteEncodingsComeBackCanonical() {
        assertThat(writer.toText(reader.read("$interval_ym::{ years: 10 }")))
                .isEqualTo("$interval_ym::{sign:\"+\",years:10,months:0}");
        assertThat(writer.toText(reader.read("$date::2021-08-22")))
                .isEqualTo("$date::{year:2021,month:8,day:22}");
        assertThat(
                        writer.toText(
                                reader.read(
                                        "$time::{hour: 12, minute: 30, second: 45.0, offset: null}")))
                .isEqualTo("$time::{hour:12,minute:30,second:45.0,offset:null.int}");
        assertThat(
                        writer.toText(
                                reader.read(
                                        "$timestamp::{ year: 2023, month: 12, day: 25, hour: 15,"
                                                + " minute: 30, second: 45.0, offset: null }")))
                .isEqualTo("2023-12-25T15:30:45.0-00:00");
        assertThat(
                        writer.toText(
                                reader.read(
                                        "$timestamp::{ year: 2025, month: 1, day: 1, hour: 14,"
                                                + " minute: 30, second: 15.0, offset: 330 }")))
                .isEqualTo("2025-01-01T14:30:15.0+05:30");
    }

    @Test
    void knownLossesAreDocumented() {
        // BigDecimal has no negative zero; a midnight timestamp without time zone comes back at
        // day precision; an int second comes back as a decimal.
        assertThat(writer.toText(reader.read("-0.00"))).isEqualTo("0.00");
        assertThat(writer.toText(reader.read("2017-01-01T00:00-00:00"))).isEqualTo("2017-01-01");
        assertThat(writer.toText(reader.read("$time::{hour: 0, minute: 0, second: 0, offset: 0}")))
                .isEqualTo("$time::{hour:0,minute:0,second:0.,offset:0}");
    }

    @Test
    void timestampPrecisionRules() {
        LocalDateTime midnight = LocalDateTime.of(2024, 3, 1, 0, 0);
        assertThat(writer.toText(Value.ofTimestamp(midnight))).isEqualTo("2024-03-01");
        assertThat(writer.toText(Value.ofTimestamp(midnight, ZoneOffset.UTC, 0)))
                .isEqualTo("2024-03-01T00:00Z");
        assertThat(writer.toText(Value.ofTimestamp(midnight.plusMinutes(1))))
                .isEqualTo("2024-03-01T00:01-00:00");
        assertThat(writer.toText(Value.ofTimestamp(midnight, null, 2)))
                .isEqualTo("2024-03-01T00:00:00.00-00:00");
        assertThat(writer.toText(Value.ofTimestamp(midnight.plusSeconds(5))))
                .isEqualTo("2024-03-01T00:00:05-00:00");
    }

    @Test
    void timestampsBeyondIonsYearsUseTheStructEncoding() {
        Value v = Value.ofTimestamp(LocalDateTime.of(10000, 1, 1, 0, 0), ZoneOffset.UTC, 0);
        String text = writer.toText(v);
        assertThat(text).startsWith("$timestamp::{year:10000,");
        assertThat(reader.read(text)).isEqualTo(v);
    }

    @Test
    void offsetsWithSecondsCannotBeWritten() {
        Value v = Value.ofTime(LocalTime.NOON, ZoneOffset.ofTotalSeconds(30), 0);
        assertThatThrownBy(() -> writer.toText(v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ion cannot represent");
    }

    @Test
    void writesIntoAnEnclosingWriter() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (IonWriter w = IonTextWriterBuilder.standard().build(sb)) {
            w.stepIn(com.amazon.ion.IonType.STRUCT);
            w.setFieldName("when");
            writer.write(Value.ofDate(LocalDate.of(2020, 2, 29)), w);
            w.setFieldName("n");
            writer.write(Value.ofDecimal(new BigDecimal("2.50")), w);
            w.stepOut();
        }
        assertThat(sb).hasToString("{when:$date::{year:2020,month:2,day:29},n:2.50}");
    }

    @Test
    void typedNullsOfPartiQLKindsUseAnnotations() {
        assertThat(writer.toText(Value.nullOf(ValueKind.BAG))).isEqualTo("$bag::null");
        assertThat(writer.toText(Value.nullOf(ValueKind.INTERVAL_YEAR_MONTH)))
                .isEqualTo("$interval_ym::null");
        assertThat(writer.toText(Value.nullOf(ValueKind.TIMESTAMP))).isEqualTo("null.timestamp");
    }

    @Provide
    Arbitrary<Value> values() {
        return ValueArbitraries.values();
    }

    @Property(tries = 300)
    void everyValueRoundTripsThroughIon(@ForAll("values") Value v) {
        assertThat(reader.read(writer.toText(v))).as("%s", v).isEqualTo(v);
        assertThat(reader.read(writer.toBinary(v))).isEqualTo(v);
    }
}
