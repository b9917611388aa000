package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void constantsHaveTheirKinds() {
        assertThat(Value.MISSING.kind()).isEqualTo(ValueKind.MISSING);
        assertThat(Value.NULL.kind()).isEqualTo(ValueKind.NULL);
        assertThat(Value.TRUE.booleanValue()).isTrue();
        assertThat(Value.FALSE.booleanValue()).isFalse();
        assertThat(Value.ofBool(true)).isSameAs(Value.TRUE);
        assertThat(Value.MISSING.isUnknown()).isTrue();
        assertThat(Value.NULL.isUnknown()).isTrue();
        assertThat(Value.MISSING.isNull()).isFalse();
        assertThat(Value.NULL.isMissing()).isFalse();
        assertThat(Value.MISSING).isNotEqualTo(Value.NULL);
    }

    @Test
    void smallIntsAreCached() {
        assertThat(Value.ofLong(0)).isSameAs(Value.ofLong(0));
        assertThat(Value.ofLong(-128)).isSameAs(Value.ofLong(-128));
        assertThat(Value.ofLong(1023)).isSameAs(Value.ofLong(1023));
        assertThat(Value.ofLong(1024))
                .isNotSameAs(Value.ofLong(1024))
                .isEqualTo(Value.ofLong(1024));
    }

    @Test
    void intAccessors() {
        Value v = Value.ofLong(Long.MIN_VALUE);
        assertThat(v.kind()).isEqualTo(ValueKind.INT);
        assertThat(v.fitsLong()).isTrue();
        assertThat(v.asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(v.asBigInteger()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
        assertThat(v.asBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(Long.MIN_VALUE));
        assertThat(Value.ofLong(3).asDouble()).isEqualTo(3.0);
    }

    @Test
    void bigIntegersThatFitBecomeIntValues() {
        assertThat(Value.ofBigInteger(BigInteger.valueOf(42))).isSameAs(Value.ofLong(42));
        assertThat(Value.ofBigInteger(BigInteger.valueOf(Long.MAX_VALUE)))
                .isInstanceOf(IntValue.class);
        Value big = Value.ofBigInteger(BigInteger.ONE.shiftLeft(63));
        assertThat(big).isInstanceOf(BigIntegerValue.class);
        assertThat(big.kind()).isEqualTo(ValueKind.INT);
        assertThat(big.fitsLong()).isFalse();
        assertThat(big.asBigInteger()).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThatThrownBy(big::asLong).isInstanceOf(ArithmeticException.class);
        assertThat(Value.ofBigInteger(BigInteger.ONE.shiftLeft(63).negate()))
                .isInstanceOf(IntValue.class); // Long.MIN_VALUE
    }

    @Test
    void decimalsKeepTheirScale() {
        DecimalValue d = Value.ofDecimal(new BigDecimal("1.50"));
        assertThat(d.scale()).isEqualTo(2);
        assertThat(d.precision()).isEqualTo(3);
        assertThat(d.asBigDecimal()).isEqualTo(new BigDecimal("1.50"));
        assertThat(d.asDouble()).isEqualTo(1.5);
        assertThat(d).isNotEqualTo(Value.ofDecimal(new BigDecimal("1.5")));
    }

    @Test
    void floatsIncludeNonFiniteValues() {
        assertThat(Value.ofDouble(Double.NaN).asDouble()).isNaN();
        assertThat(Value.ofDouble(Double.NEGATIVE_INFINITY).isNonFinite()).isTrue();
        assertThat(Value.ofDouble(0.5).asBigDecimal()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> Value.ofDouble(Double.NaN).asBigDecimal())
                .isInstanceOf(ArithmeticException.class);
        assertThat(Value.ofDouble(-0.0)).isNotEqualTo(Value.ofDouble(0.0)); // exact: bits differ
        assertThat(Value.ofDouble(Double.NaN)).isEqualTo(Value.ofDouble(Double.NaN));
    }

    @Test
    void textAndLobs() {
        assertThat(Value.ofString("héllo").asString()).isEqualTo("héllo");
        assertThat(Value.ofSymbol("a").kind()).isEqualTo(ValueKind.SYMBOL);
        assertThat(Value.ofSymbol("a")).isNotEqualTo(Value.ofString("a"));
        byte[] bytes = {1, 2, 3};
        BlobValue blob = Value.ofBlob(bytes);
        assertThat(blob.asBytes()).isSameAs(bytes);
        assertThat(blob.length()).isEqualTo(3);
        assertThat(Value.ofClob(new byte[] {1, 2, 3})).isNotEqualTo(blob);
        assertThat(Value.ofBlob(new byte[] {1, 2, 3})).isEqualTo(blob);
    }

    @Test
    void wrongKindAccessThrowsWithTheKindInTheMessage() {
        assertThatThrownBy(() -> Value.ofString("x").asLong())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("asLong() is not defined for STRING");
        assertThatThrownBy(() -> Value.ofLong(1).size())
                .hasMessage("size() is not defined for INT");
        assertThatThrownBy(() -> Value.NULL.booleanValue()).hasMessageContaining("NULL");
        assertThatThrownBy(() -> Value.listOf().fieldName(0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Value.ofTime(LocalTime.NOON, ZoneOffset.UTC, 0).asString())
                .hasMessage("asString() is not defined for TIME WITH TIME ZONE");
    }

    @Test
    void typedNullsRememberTheirKind() {
        NullValue nullInt = Value.nullOf(ValueKind.INT);
        assertThat(nullInt.kind()).isEqualTo(ValueKind.NULL);
        assertThat(nullInt.declaredKind()).isEqualTo(ValueKind.INT);
        assertThat(nullInt.isTyped()).isTrue();
        assertThat(nullInt.isNull()).isTrue();
        assertThat(Value.nullOf(ValueKind.INT)).isSameAs(nullInt);
        assertThat(Value.nullOf(ValueKind.NULL)).isSameAs(Value.NULL);
        assertThat(Value.NULL.isTyped()).isFalse();
        assertThat(nullInt).isNotEqualTo(Value.NULL);
        assertThat(ValueEquivalence.equivalent(nullInt, Value.NULL)).isTrue();
        assertThatThrownBy(() -> Value.nullOf(ValueKind.MISSING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectionsAreArrayBacked() {
        Value[] elements = {Value.ofLong(1), Value.ofLong(2)};
        ListValue list = ListValue.wrap(elements);
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(1)).isEqualTo(Value.ofLong(2));
        assertThat(list.elements()).containsExactly(Value.ofLong(1), Value.ofLong(2));
        assertThatThrownBy(() -> list.elements().add(Value.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
        ListValue copied = Value.listOf(elements);
        elements[0] = Value.ofLong(9);
        assertThat(copied.get(0)).isEqualTo(Value.ofLong(1));
        assertThat(list.get(0)).isEqualTo(Value.ofLong(9)); // wrap shares the array
        assertThat(Value.bagOf().isEmpty()).isTrue();
        assertThat(Value.bagOf()).isSameAs(BagValue.empty());
        assertThat(SexpValue.of(List.of(Value.TRUE)).kind()).isEqualTo(ValueKind.SEXP);
        assertThatThrownBy(() -> Value.listOf(Value.TRUE, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void listsAndSexpsAreDistinctKinds() {
        assertThat(Value.listOf(Value.TRUE)).isNotEqualTo(Value.sexpOf(Value.TRUE));
        assertThat(ValueEquivalence.equivalent(Value.listOf(Value.TRUE), Value.sexpOf(Value.TRUE)))
                .isFalse();
    }

    @Test
    void structLookupIsOrderedAndAllowsDuplicates() {
        StructValue s =
                Value.structBuilder()
                        .add("a", Value.ofLong(1))
                        .add("B", Value.ofLong(2))
                        .add("a", Value.ofLong(3))
                        .build();
        assertThat(s.fieldCount()).isEqualTo(3);
        assertThat(s.fieldName(2)).isEqualTo("a");
        assertThat(s.fieldValue(2)).isEqualTo(Value.ofLong(3));
        assertThat(s.get("a", true)).isEqualTo(Value.ofLong(1));
        assertThat(s.indexOf("a", true, 1)).isEqualTo(2);
        assertThat(s.get("b", true)).isSameAs(Value.MISSING);
        assertThat(s.get("b", false)).isEqualTo(Value.ofLong(2));
        assertThat(s.get("A", false)).isEqualTo(Value.ofLong(1));
        assertThat(s.indexOf("zz", false)).isEqualTo(-1);
        assertThat(s.get("a")).isEqualTo(Value.ofLong(1));
    }

    @Test
    void pathLookupOnNonStructsIsMissing() {
        assertThat(Value.ofLong(1).get("a", true)).isSameAs(Value.MISSING);
        assertThat(Value.NULL.get("a", false)).isSameAs(Value.MISSING);
        assertThat(Value.listOf().get("a", true)).isSameAs(Value.MISSING);
    }

    @Test
    void structBuilderGrowsAndCanBeReused() {
        StructValue.Builder b = StructValue.builder();
        for (int i = 0; i < 20; i++) {
            b.add("f" + i, Value.ofLong(i));
        }
        StructValue first = b.build();
        b.add("extra", Value.TRUE);
        assertThat(first.fieldCount()).isEqualTo(20);
        assertThat(b.build().fieldCount()).isEqualTo(21);
        assertThat(first.get("f19", true)).isEqualTo(Value.ofLong(19));
        assertThat(StructValue.builder().build()).isSameAs(StructValue.empty());
        assertThatThrownBy(() -> StructValue.wrap(new String[1], new Value[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeValuesCheckTheirPrecision() {
        TimeValue t = Value.ofTime(LocalTime.of(12, 30, 45, 500_000_000), null, 3);
        assertThat(t.precision()).isEqualTo(3);
        assertThat(t.hasTimeZone()).isFalse();
        assertThat(t.typeName()).isEqualTo("TIME");
        assertThat(Value.ofTime(LocalTime.of(1, 2, 3, 120_000_000)).precision()).isEqualTo(2);
        assertThatThrownBy(() -> Value.ofTime(LocalTime.of(0, 0, 0, 5), null, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need more than 8");
        assertThatThrownBy(() -> Value.ofTime(LocalTime.NOON, null, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeValue.minimalPrecision(0)).isZero();
        assertThat(TimeValue.minimalPrecision(1)).isEqualTo(9);
        assertThat(TimeValue.minimalPrecision(100_000_000)).isEqualTo(1);
    }

    @Test
    void timeWithZoneComparesInUtc() {
        TimeValue plusOne = Value.ofTime(LocalTime.of(0, 30), ZoneOffset.ofHours(1), 0);
        assertThat(plusOne.utcNanoOfDay()).isEqualTo(LocalTime.of(23, 30).toNanoOfDay());
        assertThat(plusOne.typeName()).isEqualTo("TIME WITH TIME ZONE");
    }

    @Test
    void timestamps() {
        LocalDateTime dt = LocalDateTime.of(2024, 1, 1, 12, 0, 0, 123_000_000);
        TimestampValue local = Value.ofTimestamp(dt);
        assertThat(local.precision()).isEqualTo(3);
        assertThat(local.hasTimeZone()).isFalse();
        assertThat(local.epochSecond()).isEqualTo(dt.toEpochSecond(ZoneOffset.UTC));
        TimestampValue zoned = Value.ofTimestamp(dt, ZoneOffset.ofHours(2), 9);
        assertThat(zoned.epochSecond()).isEqualTo(dt.toEpochSecond(ZoneOffset.ofHours(2)));
        assertThat(zoned.nano()).isEqualTo(123_000_000);
        assertThat(zoned.typeName()).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(Value.ofDate(LocalDate.of(2021, 8, 22)).date()).isEqualTo("2021-08-22");
    }

    @Test
    void yearMonthIntervals() {
        IntervalYearMonthValue v = Value.ofIntervalYearMonth(-23);
        assertThat(v.signum()).isEqualTo(-1);
        assertThat(v.years()).isEqualTo(1);
        assertThat(v.months()).isEqualTo(11);
        assertThat(v.toPeriod()).isEqualTo(Period.of(-1, -11, 0));
        assertThat(Value.ofIntervalYearMonth(0).signum()).isZero();
        assertThatThrownBy(() -> Value.ofIntervalYearMonth(Long.MIN_VALUE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void dayTimeIntervalsNormalizeAndExposeAbsoluteParts() {
        IntervalDayTimeValue v = Value.ofIntervalDayTime(-(86_400 + 3_600 + 60 + 1), -5);
        assertThat(v.signum()).isEqualTo(-1);
        assertThat(v.days()).isEqualTo(1);
        assertThat(v.hours()).isEqualTo(1);
        assertThat(v.minutes()).isEqualTo(1);
        assertThat(v.seconds()).isEqualTo(1);
        assertThat(v.nanos()).isEqualTo(5);
        assertThat(v.toDuration()).isEqualTo(Duration.ofSeconds(-90_061, -5));
        assertThat(v.totalSeconds()).isEqualTo(-90_062);
        assertThat(v.nanoAdjustment()).isEqualTo(999_999_995);
        IntervalDayTimeValue half = Value.ofIntervalDayTime(0, 500_000_000);
        assertThat(half.signum()).isEqualTo(1);
        assertThat(half.seconds()).isZero();
        assertThat(half.nanos()).isEqualTo(500_000_000);
        assertThat(Value.ofIntervalDayTime(1, -1_000_000_000))
                .isEqualTo(Value.ofIntervalDayTime(0, 0));
        assertThat(IntervalDayTimeValue.of(Duration.ofMinutes(-90)).minutes()).isEqualTo(30);
    }

    @Test
    void kindDisplayNamesAndFamilies() {
        assertThat(ValueKind.INT.toString()).isEqualTo("INT");
        assertThat(ValueKind.INTERVAL_DAY_TIME.displayName()).isEqualTo("INTERVAL DAY TO SECOND");
        assertThat(ValueKind.DECIMAL.isNumber()).isTrue();
        assertThat(ValueKind.SYMBOL.isText()).isTrue();
        assertThat(ValueKind.CLOB.isLob()).isTrue();
        assertThat(ValueKind.SEXP.isSequence()).isTrue();
        assertThat(ValueKind.BAG.isSequence()).isFalse();
        assertThat(ValueKind.BAG.isCollection()).isTrue();
        assertThat(ValueKind.STRUCT.isContainer()).isTrue();
        assertThat(ValueKind.TIME.isDateTime()).isTrue();
        assertThat(ValueKind.INTERVAL_YEAR_MONTH.isInterval()).isTrue();
        assertThat(ValueKind.MISSING.isUnknown()).isTrue();
        assertThat(ValueKind.BOOL.isUnknown()).isFalse();
    }
}
