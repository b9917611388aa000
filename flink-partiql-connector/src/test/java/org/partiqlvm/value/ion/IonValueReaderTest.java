package org.partiqlvm.value.ion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ion.IonReader;
import com.amazon.ion.IonSystem;
import com.amazon.ion.system.IonReaderBuilder;
import com.amazon.ion.system.IonSystemBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.NullValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ValueKind;

class IonValueReaderTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();
    private final IonValueReader reader = IonValueReader.standard();

    private Value read(String ion) {
        return reader.read(ion);
    }

    @Test
    void ionScalarsKeepTheirExactTypes() {
        assertThat(read("1")).isEqualTo(Value.ofLong(1));
        assertThat(read("1.")).isEqualTo(Value.ofDecimal(new BigDecimal("1")));
        assertThat(read("1d0")).isEqualTo(Value.ofDecimal(new BigDecimal("1")));
        assertThat(read("1.50")).isEqualTo(Value.ofDecimal(new BigDecimal("1.50")));
        assertThat(read("1e0")).isEqualTo(Value.ofDouble(1.0));
        assertThat(read("nan").asDouble()).isNaN();
        assertThat(read("-inf")).isEqualTo(Value.ofDouble(Double.NEGATIVE_INFINITY));
        assertThat(read("\"s\"")).isEqualTo(Value.ofString("s"));
        assertThat(read("sym")).isEqualTo(Value.ofSymbol("sym"));
        assertThat(read("'quoted sym'")).isEqualTo(Value.ofSymbol("quoted sym"));
        assertThat(read("{{aGk=}}")).isEqualTo(Value.ofBlob(new byte[] {'h', 'i'}));
        assertThat(read("{{\"hi\"}}")).isEqualTo(Value.ofClob(new byte[] {'h', 'i'}));
        assertThat(read("true")).isSameAs(Value.TRUE);
        assertThat(read("0x7FFFFFFFFFFFFFFF")).isEqualTo(Value.ofLong(Long.MAX_VALUE));
        assertThat(read("18446744073709551616").asBigInteger())
                .isEqualTo(BigInteger.ONE.shiftLeft(64));
        assertThat(read("-0.")).isEqualTo(Value.ofDecimal(BigDecimal.ZERO));
    }

    @Test
    void typedNulls() {
        assertThat(read("null")).isSameAs(Value.NULL);
        assertThat(read("null.null")).isSameAs(Value.NULL);
        for (String type :
                new String[] {
                    "bool",
                    "int",
                    "float",
                    "decimal",
                    "timestamp",
                    "string",
                    "symbol",
                    "blob",
                    "clob",
                    "list",
                    "sexp",
                    "struct"
                }) {
            Value v = read("null." + type);
            assertThat(v.kind()).isEqualTo(ValueKind.NULL);
            assertThat(((NullValue) v).declaredKind().name())
                    .isEqualToIgnoringCase(type.equals("timestamp") ? "TIMESTAMP" : type);
        }
        assertThat(read("$ion::null.int")).isSameAs(Value.nullOf(ValueKind.INT));
        assertThat(read("$bag::null")).isSameAs(Value.nullOf(ValueKind.BAG));
        assertThat(read("$date::null")).isSameAs(Value.nullOf(ValueKind.DATE));
        assertThat(read("$interval_dt::null.struct"))
                .isSameAs(Value.nullOf(ValueKind.INTERVAL_DAY_TIME));
    }

    @Test
    void containers() {
        Value v = read("{a: [1, (b 2)], a: $bag::[3, 3], 'c d': {}}");
        assertThat(v).hasToString("{'a': [1, sexp(`'b'`, 2)], 'a': <<3, 3>>, 'c d': {}}");
        assertThat(read("$bag::[]")).isEqualTo(Value.bagOf());
    }

    @Test
    void missing() {
        assertThat(read("$missing::null")).isSameAs(Value.MISSING);
        assertThat(read("[$missing::null]")).isEqualTo(Value.listOf(Value.MISSING));
        assertThat(read("a::b::$missing::null")).isSameAs(Value.MISSING);
        assertThat(read("$missing::b::null")).isSameAs(Value.NULL); // the last annotation decides
        assertThatThrownBy(() -> read("$missing::1"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("$missing must annotate null");
    }

    @Test
    void otherAnnotationsAreDropped() {
        assertThat(read("foo::bar::5")).isEqualTo(Value.ofLong(5));
        assertThat(read("$ion::sym")).isEqualTo(Value.ofSymbol("sym"));
        assertThat(read("$ion::{{}}")).isEqualTo(Value.ofBlob(new byte[0]));
    }

    @Test
    void ionTimestamps() {
        TimestampValue zoned = (TimestampValue) read("2007-02-23T12:14:33.079-08:00");
        assertThat(zoned.dateTime())
                .isEqualTo(LocalDateTime.of(2007, 2, 23, 12, 14, 33, 79_000_000));
        assertThat(zoned.offset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(zoned.precision()).isEqualTo(3);
        TimestampValue unknown = (TimestampValue) read("2017-01-01T00:00-00:00");
        assertThat(unknown.hasTimeZone()).isFalse();
        assertThat(((TimestampValue) read("2017-01-01T00:00Z")).offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(((TimestampValue) read("2021-08-22")).dateTime())
                .isEqualTo(LocalDateTime.of(2021, 8, 22, 0, 0));
        assertThat(((TimestampValue) read("2007T")).hasTimeZone()).isFalse();
        TimestampValue fine = (TimestampValue) read("2000-01-01T00:00:00.1234567891234Z");
        assertThat(fine.nano()).isEqualTo(123_456_789);
        assertThat(fine.precision()).isEqualTo(9);
    }

    @Test
    void partiqlDates() {
        Value expected = Value.ofDate(LocalDate.of(2021, 8, 22));
        assertThat(read("$date::{year: 2021, month: 8, day: 22}")).isEqualTo(expected);
        assertThat(read("$date::{ \"year\": 2021, \"month\": 8, \"day\": 22 }"))
                .isEqualTo(expected);
        assertThat(read("$date::{day: 22, month: 8, year: 2021}")).isEqualTo(expected);
        assertThat(read("$date::2021-08-22")).isEqualTo(expected);
        assertThat(read("$date::\"2021-08-22\"")).isEqualTo(expected);
        assertThatThrownBy(() -> read("$date::{year: 2021, month: 2, day: 30}"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("malformed $date value");
        assertThatThrownBy(() -> read("$date::{year: 2021, month: 2}"))
                .hasMessageContaining("missing field 'day'");
        assertThatThrownBy(() -> read("$date::{year: 2021, month: 2, day: 1, hour: 1}"))
                .hasMessageContaining("unexpected field 'hour'");
        assertThatThrownBy(() -> read("$date::{year: 2021, year: 2022, month: 2, day: 1}"))
                .hasMessageContaining("repeated field 'year'");
        assertThatThrownBy(() -> read("$date::[2021, 8, 22]"))
                .hasMessageContaining("expected a struct");
    }

    @Test
    void partiqlTimes() {
        TimeValue t =
                (TimeValue) read("$time::{hour: 1, minute: 1, second: 1.111111111, offset: null}");
        assertThat(t.time()).isEqualTo(LocalTime.of(1, 1, 1, 111_111_111));
        assertThat(t.precision()).isEqualTo(9);
        assertThat(t.hasTimeZone()).isFalse();
        TimeValue zoned =
                (TimeValue) read("$time::{hour: 14, minute: 30, second: 15.0, offset: 330}");
        assertThat(zoned.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(zoned.precision()).isEqualTo(1);
        TimeValue old =
                (TimeValue)
                        read(
                                "$time::{'hour':12, 'minute':12, 'second':12.1,"
                                        + "'timezone_hour':null.int,'timezone_minute':null.int}");
        assertThat(old).isEqualTo(Value.ofTime(LocalTime.of(12, 12, 12, 100_000_000), null, 1));
        TimeValue oldZoned =
                (TimeValue)
                        read(
                                "$time::{hour: 1, minute: 2, second: 3, timezone_hour: -5, timezone_minute: -30}");
        assertThat(oldZoned.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(read("$time::\"04:05:06\""))
                .isEqualTo(Value.ofTime(LocalTime.of(4, 5, 6), null, 0));
        assertThat(((TimeValue) read("$time::\"04:05:06.5+01:00\"")).offset())
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(read("$time::{hour: 0, minute: 0, second: 0}"))
                .isEqualTo(Value.ofTime(LocalTime.MIDNIGHT));
        assertThatThrownBy(() -> read("$time::{hour: 24, minute: 0, second: 0.0}"))
                .isInstanceOf(ValueDecodeException.class);
        assertThatThrownBy(() -> read("$time::{hour: 1, minute: 0, second: 60.5}"))
                .hasMessageContaining("not in [0, 60)");
        assertThatThrownBy(() -> read("$time::{hour: 1, minute: 0, second: 1e0}"))
                .hasMessageContaining("must be an int or a decimal");
        assertThatThrownBy(() -> read("$time::\"noon\"")).hasMessageContaining("not an ISO time");
    }

    @Test
    void partiqlTimestamps() {
        assertThat(
                        read(
                                "$timestamp::{ year: 2024, month: 12, day: 31, hour: 23, minute: 59,"
                                        + " second: 59.999999999, offset: null }"))
                .isEqualTo(
                        Value.ofTimestamp(
                                LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_999), null, 9));
        assertThat(
                        read(
                                "$timestamp::{ year: 2024, month: 12, day: 31, hour: 9, minute: 15,"
                                        + " second: 30.0, offset: -480 }"))
                .isEqualTo(
                        Value.ofTimestamp(
                                LocalDateTime.of(2024, 12, 31, 9, 15, 30),
                                ZoneOffset.ofHours(-8),
                                1));
        assertThat(read("$timestamp::2024-01-01T00:00Z"))
                .isEqualTo(
                        Value.ofTimestamp(LocalDateTime.of(2024, 1, 1, 0, 0), ZoneOffset.UTC, 0));
        assertThat(read("$timestamp::\"2024-01-01 10:00:00\""))
                .isEqualTo(Value.ofTimestamp(LocalDateTime.of(2024, 1, 1, 10, 0)));
        assertThat(((TimestampValue) read("$timestamp::\"2024-01-01T10:00:00-02:00\"")).offset())
                .isEqualTo(ZoneOffset.ofHours(-2));
    }

    @Test
    void partiqlIntervals() {
        assertThat(read("$interval_ym::{ sign: \"-\", years: 1, months: 11 }"))
                .isEqualTo(Value.ofIntervalYearMonth(-23));
        assertThat(read("$interval_ym::{ years: 10 }")).isEqualTo(Value.ofIntervalYearMonth(120));
        assertThat(read("$interval_ym::{ sign: \"+\", months: 8 }"))
                .isEqualTo(Value.ofIntervalYearMonth(8));
        assertThat(
                        read(
                                "$interval_dt::{ sign: \"-\", days: 41, hours: 15, minutes: 59, seconds: 59,"
                                        + " nanos: 123456789 }"))
                .isEqualTo(
                        Value.ofIntervalDayTime(
                                -(41 * 86_400 + 15 * 3_600 + 59 * 60 + 59), -123_456_789));
        assertThat(read("$interval_dt::{ sign: \"+\", nanos: 500000000 }"))
                .isEqualTo(Value.ofIntervalDayTime(0, 500_000_000));
        assertThat(read("$interval_dt::{ sign: '-', minutes: 90 }"))
                .isEqualTo(Value.ofIntervalDayTime(-5_400, 0));
        assertThatThrownBy(() -> read("$interval_ym::{ sign: \"*\", years: 1 }"))
                .hasMessageContaining("field 'sign' must be \"+\" or \"-\"");
        assertThatThrownBy(() -> read("$interval_dt::{ days: -1 }"))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> read("$interval_dt::{ weeks: 1 }"))
                .hasMessageContaining("unexpected field 'weeks'");
    }

    @Test
    void graphsAreNotSupported() {
        assertThatThrownBy(() -> read("$graph::{ nodes: [], edges: [] }"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("not supported");
    }

    @Test
    void malformedIonIsADecodeException() {
        assertThatThrownBy(() -> read("{a: 1,,}"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageStartingWith("malformed Ion:");
        assertThatThrownBy(() -> read("[1, 2")).isInstanceOf(ValueDecodeException.class);
        assertThatThrownBy(() -> read("1 2"))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("found more");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("empty");
        byte[] ivm = {(byte) 0xE0, 1, 0, (byte) 0xEA};
        assertThatThrownBy(() -> reader.read(concat(ivm, (byte) 0xF3))) // invalid type id
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("malformed Ion");
        assertThatThrownBy(() -> reader.read(concat(ivm, (byte) 0x21))) // int without its byte
                .isInstanceOf(ValueDecodeException.class);
    }

    private static byte[] concat(byte[] head, byte last) {
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = last;
        return bytes;
    }

    @Test
    void decodeErrorsInTextCarryTheLine() {
        assertThatThrownBy(() -> read("{\n  a: $missing::5\n}"))
                .isInstanceOfSatisfying(
                        ValueDecodeException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void readsManyValuesAndStreams() {
        assertThat(reader.readAll("1 two \"three\""))
                .containsExactly(Value.ofLong(1), Value.ofSymbol("two"), Value.ofString("three"));
        assertThat(
                        reader.readAll(
                                new ByteArrayInputStream(
                                        "[a] {b: 1}".getBytes(StandardCharsets.UTF_8))))
                .hasSize(2);
    }

    @Test
    void readsTheValueAReaderIsOn() throws IOException {
        try (IonReader r =
                IonReaderBuilder.standard().build("{header: 1, rows: [{a: 1}, {a: 2}]}")) {
            r.next();
            r.stepIn();
            r.next();
            r.next();
            assertThat(r.getFieldName()).isEqualTo("rows");
            Value rows = reader.readValue(r);
            assertThat(rows.size()).isEqualTo(2);
            assertThat(r.next()).isNull(); // still inside the struct, after rows
            r.stepOut();
        }
    }

    @Test
    void readsIonDom() {
        Value v = reader.fromIonValue(ION.singleValue("$bag::[{a: 1.0, b: $missing::null}]"));
        assertThat(v)
                .isEqualTo(
                        Value.bagOf(
                                Value.structBuilder()
                                        .add("a", Value.ofDecimal(new BigDecimal("1.0")))
                                        .add("b", Value.MISSING)
                                        .build()));
        assertThat(ValueEquivalence.equivalent(v, reader.read("$bag::[{b: $missing::null, a: 1}]")))
                .isTrue();
    }
}
