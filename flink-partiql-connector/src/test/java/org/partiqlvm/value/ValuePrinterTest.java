package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ValuePrinterTest {

    @Test
    void printsNestedValuesInPartiQLSyntax() {
        Value v =
                Value.structBuilder()
                        .add("a", Value.ofLong(1))
                        .add("b", Value.bagOf(Value.ofLong(2), Value.ofLong(3)))
                        .add("c", Value.listOf(Value.ofString("x"), Value.NULL, Value.MISSING))
                        .build();
        assertThat(v).hasToString("{'a': 1, 'b': <<2, 3>>, 'c': ['x', NULL, MISSING]}");
    }

    @Test
    void scalars() {
        assertThat(Value.TRUE).hasToString("true");
        assertThat(Value.ofLong(-42)).hasToString("-42");
        assertThat(Value.ofBigInteger(BigInteger.TEN.pow(20))).hasToString("100000000000000000000");
        assertThat(Value.ofDecimal(new BigDecimal("1.50"))).hasToString("1.50");
        assertThat(Value.ofDecimal(new BigDecimal("7"))).hasToString("7.");
        assertThat(Value.ofDecimal(new BigDecimal("1E+3"))).hasToString("1E+3");
        assertThat(Value.ofDouble(1.5)).hasToString("`1.5e0`");
        assertThat(Value.ofDouble(1e20)).hasToString("`1.0e20`");
        assertThat(Value.ofDouble(Double.NaN)).hasToString("`nan`");
        assertThat(Value.ofDouble(Double.NEGATIVE_INFINITY)).hasToString("`-inf`");
        assertThat(Value.ofString("it's")).hasToString("'it''s'");
        assertThat(Value.ofSymbol("it's")).hasToString("`'it\\'s'`");
        assertThat(Value.ofBlob(new byte[] {'h', 'i'})).hasToString("`{{aGk=}}`");
        assertThat(Value.ofClob("a\"\n".getBytes(StandardCharsets.US_ASCII)))
                .hasToString("`{{\"a\\\"\\x0a\"}}`");
        assertThat(Value.nullOf(ValueKind.INT)).hasToString("`null.int`");
        assertThat(Value.nullOf(ValueKind.BAG)).hasToString("NULL");
        assertThat(Value.sexpOf(Value.ofSymbol("a"), Value.ofLong(1)))
                .hasToString("sexp(`'a'`, 1)");
    }

    @Test
    void datetimes() {
        assertThat(Value.ofDate(LocalDate.of(2021, 8, 2))).hasToString("DATE '2021-08-02'");
        assertThat(Value.ofTime(LocalTime.of(1, 2, 3, 400_000_000), null, 3))
                .hasToString("TIME '01:02:03.400'");
        assertThat(Value.ofTime(LocalTime.of(1, 2, 3), ZoneOffset.ofHoursMinutes(-5, -30), 0))
                .hasToString("TIME WITH TIME ZONE '01:02:03-05:30'");
        assertThat(Value.ofTimestamp(LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_999)))
                .hasToString("TIMESTAMP '2024-12-31 23:59:59.999999999'");
        assertThat(Value.ofTimestamp(LocalDateTime.of(2024, 1, 1, 0, 0), ZoneOffset.UTC, 0))
                .hasToString("TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00'");
        assertThat(Value.ofIntervalYearMonth(-23)).hasToString("INTERVAL '-1-11' YEAR TO MONTH");
        assertThat(Value.ofIntervalDayTime(93_784, 500_000_000))
                .hasToString("INTERVAL '1 02:03:04.5' DAY TO SECOND");
        assertThat(Value.ofIntervalDayTime(-1, 0))
                .hasToString("INTERVAL '-0 00:00:01' DAY TO SECOND");
    }

    @Test
    void structFieldNamesAreQuoted() {
        assertThat(Value.structBuilder().add("it's", Value.TRUE).build())
                .hasToString("{'it''s': true}");
        assertThat(StructValue.empty()).hasToString("{}");
        assertThat(Value.listOf()).hasToString("[]");
        assertThat(Value.bagOf()).hasToString("<<>>");
    }

    @Test
    void ionFloatText() {
        assertThat(ValuePrinter.ionFloat(-0.0)).isEqualTo("-0.0e0");
        assertThat(ValuePrinter.ionFloat(1e-7)).isEqualTo("1.0e-7");
        assertThat(ValuePrinter.ionFloat(Double.POSITIVE_INFINITY)).isEqualTo("+inf");
    }
}
