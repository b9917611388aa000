package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@link BigDecimal} operations bounded in time whatever the exponent: {@code 1e999999999} is three
 * characters of JSON, but {@code setScale(0)}, {@code toBigInteger()} or {@code remainder} on it
 * build a number of a billion digits (minutes of CPU, then out of memory). Every numeric function
 * that rescales goes through here: a value far below the unit of the target scale is replaced by a
 * small stand-in that rounds the same, and a rescale that would add more than {@link
 * #MAX_RESCALE_DIGITS} digits is refused (the caller reports a data error, or keeps the value when
 * it is already exact at that scale).
 */
final class BoundedDecimals {

    /** The most digits a rescale may add to a value's unscaled part. */
    static final int MAX_RESCALE_DIGITS = 10_000;

    private BoundedDecimals() {}

    /**
     * The digits of {@code d} before the decimal point: precision minus scale ({@code 123.4} has 3,
     * {@code 0.001} has -2, {@code 1e999999999} has 1,000,000,000).
     */
    static long integerDigits(BigDecimal d) {
        return (long) d.precision() - d.scale();
    }

    /**
     * {@code d.setScale(scale, mode)} in bounded time, or null when the result would need more than
     * {@link #MAX_RESCALE_DIGITS} more digits than {@code d} has.
     */
    static BigDecimal setScale(BigDecimal d, int scale, RoundingMode mode) {
        if (d.signum() == 0) {
            return d.setScale(scale, mode);
        }
        if (scale >= d.scale()) {
            return (long) scale - d.scale() > MAX_RESCALE_DIGITS ? null : d.setScale(scale, mode);
        }
        if (integerDigits(d) < -(long) scale - 1) {
            // |d| < 10^-(scale + 1): rounds as a stand-in of the same sign just as small does
            return BigDecimal.valueOf(d.signum(), scale + 2).setScale(scale, mode);
        }
        return d.setScale(scale, mode); // drops at most precision + 1 digits
    }

    /**
     * {@code d} rounded to {@code scale} ({@link #setScale}), or {@code d} itself when it is exact
     * at that scale already and rescaling would build a huge number ({@code FLOOR(1e999999999)} is
     * {@code 1e999999999}).
     */
    static BigDecimal round(BigDecimal d, int scale, RoundingMode mode) {
        BigDecimal r = setScale(d, scale, mode);
        return r != null ? r : d;
    }

    /**
     * {@code x.remainder(y)} in bounded time, or null when {@code x} is so much larger than {@code
     * y} that the quotient alone would have more than {@link #MAX_RESCALE_DIGITS} digits.
     */
    static BigDecimal remainder(BigDecimal x, BigDecimal y) {
        if (Math.abs((long) x.scale() - y.scale()) > MAX_RESCALE_DIGITS
                || integerDigits(x) - integerDigits(y) > MAX_RESCALE_DIGITS) {
            if (x.signum() == 0 || x.abs().compareTo(y.abs()) < 0) {
                return x; // |x| < |y|: the remainder is x
            }
            return null;
        }
        return x.remainder(y);
    }

    /**
     * Whether {@code d}, truncated, may fit {@code digits} decimal digits: false when it certainly
     * has more, without building it.
     */
    static boolean mayFit(BigDecimal d, int digits) {
        return d.signum() == 0 || integerDigits(d) <= digits;
    }

    /**
     * Whether multiplying (or dividing, when {@code divide}) a quantity below 10^20 by {@code
     * factor} gives something out of any range (1: above 10^20 times 10^40), negligible (-1: below
     * 10^-40 of it), or neither (0), judged from the exponent alone without building the result.
     */
    static int scaleOfProduct(BigDecimal factor, boolean divide) {
        if (factor.signum() == 0) {
            return 0;
        }
        long digits = integerDigits(factor);
        long magnitude = divide ? -digits : digits;
        return magnitude > 40 ? 1 : magnitude < -40 ? -1 : 0;
    }
}
