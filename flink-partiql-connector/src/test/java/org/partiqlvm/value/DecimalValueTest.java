package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A DECIMAL made from its compact form is the same value as one made from a BigDecimal. */
class DecimalValueTest {

    @Property(tries = 2000)
    void compactAndBigDecimalFormsAreTheSameValue(
            @ForAll("unscaled") long unscaled, @ForAll @IntRange(min = 0, max = 64) int scale) {
        BigDecimal big = BigDecimal.valueOf(unscaled, scale);
        DecimalValue compact = DecimalValue.of(unscaled, scale);
        DecimalValue fromBig = DecimalValue.of(big);

        assertThat(compact).isEqualTo(fromBig);
        assertThat(fromBig).isEqualTo(compact);
        assertThat(compact.hashCode()).isEqualTo(fromBig.hashCode());
        assertThat(compact.toString()).isEqualTo(fromBig.toString());
        assertThat(compact.precision()).isEqualTo(big.precision());
        assertThat(compact.scale()).isEqualTo(big.scale());
        assertThat(compact.asDouble()).isEqualTo(big.doubleValue());
        assertThat(ValueOrdering.NULLS_FIRST.compare(compact, fromBig)).isZero();
        assertThat(compact.isCompact()).isTrue();
        assertThat(fromBig.isCompact()).isEqualTo(big.precision() <= 18);
        if (fromBig.isCompact()) {
            assertThat(fromBig.unscaledLong()).isEqualTo(unscaled);
        }
        assertThat(compact.value()).isEqualTo(big); // same value and scale
    }

    @Test
    void bigDecimalsOutsideTheCompactFormStayBigDecimals() {
        assertThat(DecimalValue.of(new BigDecimal("1E+3")).isCompact()).isFalse(); // scale -3
        assertThat(DecimalValue.of(new BigDecimal("1234567890123456789.5")).isCompact()).isFalse();
        assertThatThrownBy(() -> DecimalValue.of(new BigDecimal("1E+3")).unscaledLong())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DecimalValue.of(1, 65))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(-100_000, 100_000),
                Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    }
}
