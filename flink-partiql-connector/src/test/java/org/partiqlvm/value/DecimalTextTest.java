package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Compact decimal text is exactly {@link BigDecimal}'s, in both directions. */
class DecimalTextTest {

    private final char[] out = new char[DecimalText.MAX_FORMATTED_LENGTH];

    @Property(tries = 3000)
    void formatWritesWhatBigDecimalToStringWrites(
            @ForAll("unscaled") long unscaled, @ForAll @IntRange(min = 0, max = 64) int scale) {
        String expected = BigDecimal.valueOf(unscaled, scale).toString();
        int n = DecimalText.format(unscaled, scale, out);
        if (expected.contains("E")) {
            assertThat(n).isEqualTo(-1);
        } else {
            assertThat(new String(out, 0, n)).isEqualTo(expected);
        }
    }

    @Property(tries = 3000)
    void plainTextParsesToTheBigDecimalOfTheText(
            @ForAll("unscaled") long unscaled, @ForAll @IntRange(min = 0, max = 20) int scale) {
        String text = BigDecimal.valueOf(unscaled, scale).toPlainString();
        char[] chars = ("  " + text + " ").toCharArray();
        int s = DecimalText.plainScale(chars, 2, text.length());
        BigDecimal expected = new BigDecimal(text);
        if (expected.precision() > 18 || digitCount(text) > 18) {
            assertThat(s).isEqualTo(-1);
        } else {
            assertThat(BigDecimal.valueOf(DecimalText.unscaled(chars, 2, text.length()), s))
                    .isEqualTo(expected); // same value and scale
        }
    }

    @Test
    void textsThatAreNotPlainAreLeftToBigDecimal() {
        for (String text :
                new String[] {"1e3", "1.5E-2", "-", "", ".", "1.2.3", "1234567890123456789"}) {
            assertThat(DecimalText.plainScale(text.toCharArray(), 0, text.length()))
                    .as(text)
                    .isEqualTo(-1);
        }
        assertThat(DecimalText.plainScale("-0.0".toCharArray(), 0, 4)).isEqualTo(1);
        assertThat(DecimalText.unscaled("-0.0".toCharArray(), 0, 4)).isZero();
    }

    @Test
    void edgeValuesFormatLikeBigDecimal() {
        long[] values = {0, 1, -1, 9, 10, Long.MAX_VALUE, Long.MIN_VALUE, 999_999, -1_000_000};
        for (long v : values) {
            for (int scale = 0; scale <= 64; scale++) {
                String expected = BigDecimal.valueOf(v, scale).toString();
                int n = DecimalText.format(v, scale, out);
                assertThat(n < 0 ? "exponent" : new String(out, 0, n))
                        .as("%d scale %d", v, scale)
                        .isEqualTo(expected.contains("E") ? "exponent" : expected);
            }
        }
        assertThat(DecimalText.format(1, -1, out)).isEqualTo(-1);
    }

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    private static int digitCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
