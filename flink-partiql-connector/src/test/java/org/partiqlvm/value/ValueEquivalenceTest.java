package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueEquivalenceTest {

    private static Value i(long v) {
        return Value.ofLong(v);
    }

    private static Value d(String v) {
        return Value.ofDecimal(new BigDecimal(v));
    }

    private static Value f(double v) {
        return Value.ofDouble(v);
    }

    private static Value s(String v) {
        return Value.ofString(v);
    }

    private static void assertEquivalent(Value a, Value b) {
        assertThat(ValueEquivalence.equivalent(a, b)).as("%s ≡ %s", a, b).isTrue();
        assertThat(ValueEquivalence.equivalent(b, a)).as("%s ≡ %s", b, a).isTrue();
        assertThat(ValueEquivalence.hash(a))
                .as("hash %s vs %s", a, b)
                .isEqualTo(ValueEquivalence.hash(b));
        assertThat(ValueOrdering.NULLS_FIRST.compare(a, b)).isZero();
        assertThat(ValueOrdering.NULLS_LAST.compare(b, a)).isZero();
    }

    private static void assertNotEquivalent(Value a, Value b) {
        assertThat(ValueEquivalence.equivalent(a, b)).as("%s ≢ %s", a, b).isFalse();
        assertThat(ValueEquivalence.equivalent(b, a)).as("%s ≢ %s", b, a).isFalse();
        assertThat(ValueOrdering.NULLS_FIRST.compare(a, b)).isNotZero();
    }

    @Test
    void nullAndMissingAreEquivalentToThemselvesOnly() {
        assertEquivalent(Value.NULL, Value.NULL);
        assertEquivalent(Value.MISSING, Value.MISSING);
        assertNotEquivalent(Value.NULL, Value.MISSING);
        assertEquivalent(Value.NULL, Value.nullOf(ValueKind.INT));
        assertEquivalent(Value.nullOf(ValueKind.STRING), Value.nullOf(ValueKind.BAG));
        assertNotEquivalent(Value.NULL, i(0));
        assertNotEquivalent(Value.MISSING, Value.FALSE);
    }

    @Test
    void numbersAreEquivalentByValueAcrossKinds() {
        assertEquivalent(i(1), d("1.0"));
        assertEquivalent(i(1), d("1.00"));
        assertEquivalent(d("1.0"), d("1.00"));
        assertEquivalent(i(1), f(1.0));
        assertEquivalent(d("1.00"), f(1e0));
        assertEquivalent(d("0.5"), f(5e-1));
        assertEquivalent(d("-0.25"), f(-0.25));
        assertEquivalent(d("1E+3"), i(1000));
        assertEquivalent(d("100"), f(100.0));
        assertEquivalent(i(0), f(-0.0));
        assertEquivalent(d("0.000"), f(0.0));
        assertEquivalent(f(Double.NaN), f(Double.NaN));
        assertEquivalent(f(Double.POSITIVE_INFINITY), f(Double.POSITIVE_INFINITY));
        assertNotEquivalent(d("0.1"), f(0.1)); // 0.1e0 is not exactly one tenth
        assertNotEquivalent(i(1), d("1.000000000000000000001"));
        assertNotEquivalent(f(Double.NaN), f(Double.NEGATIVE_INFINITY));
        assertNotEquivalent(i(1), s("1"));
    }

    @Test
    void largeNumbersAreEquivalentExactly() {
        BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
        Value big = Value.ofBigInteger(twoTo63);
        assertEquivalent(big, f(0x1p63));
        assertEquivalent(big, Value.ofDecimal(new BigDecimal(twoTo63).setScale(2)));
        assertEquivalent(Value.ofBigInteger(BigInteger.TEN.pow(19)), f(1e19));
        assertEquivalent(Value.ofBigInteger(BigInteger.TEN.pow(30)), d("1E+30"));
        assertEquivalent(i(Long.MIN_VALUE), f(-0x1p63));
        assertNotEquivalent(i(Long.MAX_VALUE), f(0x1p63)); // the double rounds up to 2^63
        assertNotEquivalent(i(9007199254740993L), f(9007199254740992.0));
        assertNotEquivalent(Value.ofBigInteger(twoTo63.add(BigInteger.ONE)), f(0x1p63));
    }

    @Test
    void textKindsAreEquivalentByCharacters() {
        assertEquivalent(s("abc"), Value.ofSymbol("abc"));
        assertEquivalent(s(""), s(""));
        assertNotEquivalent(s("abc"), s("ABC"));
        assertNotEquivalent(s("a"), Value.ofBlob(new byte[] {'a'}));
    }

    @Test
    void lobsAreEquivalentByBytes() {
        assertEquivalent(Value.ofBlob(new byte[] {1, 2}), Value.ofClob(new byte[] {1, 2}));
        assertNotEquivalent(Value.ofBlob(new byte[] {1, 2}), Value.ofBlob(new byte[] {1}));
    }

    @Test
    void datetimes() {
        assertEquivalent(
                Value.ofDate(LocalDate.of(2021, 8, 22)), Value.ofDate(LocalDate.of(2021, 8, 22)));
        assertEquivalent(
                Value.ofTime(LocalTime.of(12, 0), null, 0),
                Value.ofTime(LocalTime.of(12, 0), null, 3)); // precision is not compared
        assertEquivalent(
                Value.ofTime(LocalTime.of(12, 0), ZoneOffset.ofHours(1), 0),
                Value.ofTime(LocalTime.of(11, 0), ZoneOffset.UTC, 0));
        assertNotEquivalent(
                Value.ofTime(LocalTime.of(12, 0), null, 0),
                Value.ofTime(LocalTime.of(12, 0), ZoneOffset.UTC, 0));
        LocalDateTime noon = LocalDateTime.of(2024, 1, 1, 12, 0);
        assertEquivalent(
                Value.ofTimestamp(noon, ZoneOffset.ofHours(1), 0),
                Value.ofTimestamp(noon.minusHours(1), ZoneOffset.UTC, 6));
        assertNotEquivalent(Value.ofTimestamp(noon), Value.ofTimestamp(noon, ZoneOffset.UTC, 0));
        assertNotEquivalent(Value.ofDate(noon.toLocalDate()), Value.ofTimestamp(noon));
    }

    @Test
    void intervals() {
        assertEquivalent(Value.ofIntervalYearMonth(14), Value.ofIntervalYearMonth(14));
        assertNotEquivalent(Value.ofIntervalYearMonth(14), Value.ofIntervalYearMonth(-14));
        assertEquivalent(
                Value.ofIntervalDayTime(60, 0), Value.ofIntervalDayTime(59, 1_000_000_000));
        assertNotEquivalent(Value.ofIntervalYearMonth(0), Value.ofIntervalDayTime(0, 0));
    }

    @Test
    void listsAreOrderedAndDeep() {
        assertEquivalent(Value.listOf(i(1), d("2.0")), Value.listOf(f(1), i(2)));
        assertNotEquivalent(Value.listOf(i(1), i(2)), Value.listOf(i(2), i(1)));
        assertNotEquivalent(Value.listOf(i(1)), Value.listOf(i(1), i(1)));
        assertNotEquivalent(Value.listOf(i(1)), Value.bagOf(i(1)));
        assertEquivalent(
                Value.listOf(Value.listOf(Value.NULL, Value.MISSING)),
                Value.listOf(Value.listOf(Value.NULL, Value.MISSING)));
    }

    @Test
    void bagsAreMultisets() {
        assertEquivalent(Value.bagOf(i(1), i(2), i(2)), Value.bagOf(i(2), d("1.0"), f(2)));
        assertNotEquivalent(Value.bagOf(i(1), i(2), i(2)), Value.bagOf(i(1), i(1), i(2)));
        assertNotEquivalent(Value.bagOf(i(1)), Value.bagOf());
        assertEquivalent(
                Value.bagOf(Value.NULL, Value.MISSING, Value.bagOf(s("a"), s("b"))),
                Value.bagOf(Value.bagOf(s("b"), s("a")), Value.MISSING, Value.NULL));
    }

    @Test
    void structsAreMultisetsOfFields() {
        Value a =
                Value.structBuilder()
                        .add("a", i(1))
                        .add("b", Value.bagOf(i(1), i(2)))
                        .add("a", i(2))
                        .build();
        Value b =
                Value.structBuilder()
                        .add("a", d("2.00"))
                        .add("b", Value.bagOf(i(2), i(1)))
                        .add("a", i(1))
                        .build();
        assertEquivalent(a, b);
        Value onlyOnce = Value.structBuilder().add("a", i(1)).add("b", i(2)).build();
        Value twice = Value.structBuilder().add("a", i(1)).add("b", i(2)).add("a", i(1)).build();
        assertNotEquivalent(onlyOnce, twice);
        assertNotEquivalent(
                Value.structBuilder().add("a", i(1)).build(),
                Value.structBuilder().add("A", i(1)).build());
        assertEquivalent(StructValue.empty(), Value.structBuilder().build());
    }

    @Test
    void exactEqualityDistinguishesRepresentations() {
        assertThat(i(1)).isNotEqualTo(d("1.0"));
        assertThat(d("1.0")).isNotEqualTo(d("1.00"));
        assertThat(d("1.0")).isEqualTo(d("1.0"));
        assertThat(s("a")).isNotEqualTo(Value.ofSymbol("a"));
        assertThat(Value.ofTime(LocalTime.NOON, null, 0))
                .isNotEqualTo(Value.ofTime(LocalTime.NOON, null, 1));
        assertThat(Value.bagOf(i(1), d("1.0"))).isEqualTo(Value.bagOf(d("1.0"), i(1)));
        assertThat(Value.bagOf(i(1), d("1.0"))).isNotEqualTo(Value.bagOf(d("1.0"), d("1.00")));
        Value s1 = Value.structBuilder().add("a", i(1)).add("a", d("1.0")).build();
        Value s2 = Value.structBuilder().add("a", d("1.0")).add("a", i(1)).build();
        Value s3 = Value.structBuilder().add("a", d("1.0")).add("a", d("1.0")).build();
        assertThat(s1).isEqualTo(s2).hasSameHashCodeAs(s2);
        assertThat(s1).isNotEqualTo(s3);
        assertThat(ValueEquivalence.equivalent(s1, s3)).isTrue();
    }

    @Test
    void hashSetsGroupExactlyEqualValues() {
        Set<Value> set = new HashSet<>();
        set.add(Value.bagOf(i(1), i(2)));
        set.add(Value.bagOf(i(2), i(1)));
        set.add(Value.listOf(i(1), i(2)));
        assertThat(set).hasSize(2);
    }

    @Test
    void bagHashIsOrderIndependentAndSpreads() {
        Value[] elements = new Value[50];
        for (int k = 0; k < elements.length; k++) {
            elements[k] = i(k);
        }
        Value forward = Value.bagOf(elements);
        Value[] reversed = new Value[50];
        for (int k = 0; k < 50; k++) {
            reversed[k] = elements[49 - k];
        }
        assertThat(ValueEquivalence.hash(forward))
                .isEqualTo(ValueEquivalence.hash(Value.bagOf(reversed)));
        assertThat(ValueEquivalence.hash(Value.bagOf(i(1), i(2))))
                .isNotEqualTo(ValueEquivalence.hash(Value.bagOf(i(3))));
        assertThat(ValueEquivalence.hash(Value.listOf(i(1), i(2))))
                .isNotEqualTo(ValueEquivalence.hash(Value.listOf(i(2), i(1))));
    }
}
