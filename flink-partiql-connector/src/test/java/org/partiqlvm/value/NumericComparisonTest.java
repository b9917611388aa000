package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericComparisonTest {

    private static Value parse(String literal) {
        if (literal.startsWith("i:")) {
            return Value.ofBigInteger(new BigInteger(literal.substring(2)));
        }
        if (literal.startsWith("d:")) {
            return Value.ofDecimal(new BigDecimal(literal.substring(2)));
        }
        return Value.ofDouble(Double.parseDouble(literal.substring(2)));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "i:1, =, d:1.00",
        "i:1, =, f:1.0",
        "d:0.5, =, f:0.5",
        "i:-1, <, i:0",
        "i:9223372036854775807, <, i:9223372036854775808",
        "i:-9223372036854775809, <, i:-9223372036854775808",
        "i:9007199254740993, >, f:9007199254740992",
        "i:9223372036854775807, <, f:9223372036854775807", // the double is 2^63
        "i:-9223372036854775808, =, f:-9223372036854775808",
        "i:2, >, f:1.5",
        "i:-2, <, f:-1.5",
        "i:-1, >, f:-1.5",
        "i:1, <, f:1.0000000000000002",
        "d:0.1, <, f:0.1", // 0.1e0 = 0.1000000000000000055...
        "d:0.30000000000000004440892098500626161694526672363281250, =, f:0.30000000000000004",
        "f:NaN, <, f:-Infinity",
        "f:NaN, =, f:NaN",
        "f:NaN, <, i:-9223372036854775808",
        "f:NaN, <, d:-1E+400",
        "d:-1E+400, >, f:-Infinity",
        "d:1E+400, <, f:Infinity",
        "i:100000000000000000000000, <, f:Infinity",
        "f:-0.0, =, f:0.0",
        "f:-0.0, =, i:0",
        "d:1E+3, =, i:1000",
        "d:123456789012345678901234567890, >, i:9223372036854775807",
    })
    void comparesExactlyAcrossKinds(String left, String op, String right) {
        Value a = parse(left);
        Value b = parse(right);
        int expected = op.equals("<") ? -1 : op.equals(">") ? 1 : 0;
        assertThat(Integer.signum(NumericComparison.compare(a, b))).isEqualTo(expected);
        assertThat(Integer.signum(NumericComparison.compare(b, a))).isEqualTo(-expected);
        assertThat(NumericComparison.equal(a, b)).isEqualTo(expected == 0);
        if (expected == 0) {
            assertThat(NumericComparison.hash(a)).isEqualTo(NumericComparison.hash(b));
        }
    }

    @Test
    void compareLongToDoubleHandlesTheEdges() {
        assertThat(NumericComparison.compareLongToDouble(Long.MAX_VALUE, 0x1p63)).isNegative();
        assertThat(NumericComparison.compareLongToDouble(Long.MIN_VALUE, -0x1p63)).isZero();
        assertThat(NumericComparison.compareLongToDouble(Long.MIN_VALUE, -0x1.0000000000001p63))
                .isPositive();
        assertThat(NumericComparison.compareLongToDouble(0, -0.0)).isZero();
        assertThat(NumericComparison.compareLongToDouble(0, Double.MIN_VALUE)).isNegative();
        assertThat(NumericComparison.compareLongToDouble(0, -Double.MIN_VALUE)).isPositive();
        assertThat(NumericComparison.compareLongToDouble(5, Double.NaN)).isPositive();
    }

    @Test
    void compareDoublesUsesPartiQLOrder() {
        assertThat(NumericComparison.compareDoubles(Double.NaN, Double.NEGATIVE_INFINITY))
                .isNegative();
        assertThat(NumericComparison.compareDoubles(-0.0, 0.0)).isZero();
        assertThat(NumericComparison.compareDoubles(1, Double.POSITIVE_INFINITY)).isNegative();
    }

    @Test
    void hashesAgreeForEqualValues() {
        int one = NumericComparison.hash(Value.ofLong(1));
        assertThat(NumericComparison.hash(Value.ofDecimal(new BigDecimal("1.000")))).isEqualTo(one);
        assertThat(NumericComparison.hash(Value.ofDouble(1.0))).isEqualTo(one);
        assertThat(NumericComparison.hash(Value.ofDecimal(new BigDecimal("0.125"))))
                .isEqualTo(NumericComparison.hash(Value.ofDouble(0.125)));
        assertThat(NumericComparison.hash(Value.ofDecimal(new BigDecimal("0.1"))))
                .isEqualTo(NumericComparison.hash(Value.ofDecimal(new BigDecimal("0.10000"))));
        assertThat(NumericComparison.hash(Value.ofDecimal(BigDecimal.ZERO.setScale(5))))
                .isEqualTo(NumericComparison.hash(Value.ofDouble(-0.0)));
        assertThat(NumericComparison.hash(Value.ofDouble(Double.NaN)))
                .isEqualTo(NumericComparison.hash(Value.ofDouble(-Double.NaN)));
    }

    @Test
    void isNaNOnlyForFloatNaN() {
        assertThat(NumericComparison.isNaN(Value.ofDouble(Double.NaN))).isTrue();
        assertThat(NumericComparison.isNaN(Value.ofDouble(1))).isFalse();
        assertThat(NumericComparison.isNaN(Value.ofString("NaN"))).isFalse();
    }

    @Test
    void nonNumbersAreRejected() {
        assertThatThrownBy(() -> NumericComparison.compare(Value.ofLong(1), Value.ofString("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compare INT and STRING as numbers");
        assertThatThrownBy(() -> NumericComparison.hash(Value.TRUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
