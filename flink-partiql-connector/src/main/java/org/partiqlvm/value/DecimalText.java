package org.partiqlvm.value;

/**
 * Text of compact DECIMALs ({@code unscaled × 10^-scale} with a {@code long} unscaled value)
 * without creating a {@link java.math.BigDecimal}: reading a plain JSON number such as {@code
 * -12.50} and writing exactly what {@link java.math.BigDecimal#toString()} writes. The per-record
 * JSON reader and writers use it; anything it does not cover (exponents, more than 18 digits) is
 * left to {@code BigDecimal}.
 */
public final class DecimalText {

    /** The longest text {@link #format} writes: sign, "0.", 63 zeros and 19 digits. */
    public static final int MAX_FORMATTED_LENGTH = 1 + 2 + DecimalValue.MAX_COMPACT_SCALE + 19;

    /** 10^0 .. 10^22, each exactly a double. */
    static final double[] DOUBLE_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /** 10^0 .. 10^18. */
    static final long[] LONG_POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L
    };

    private DecimalText() {}

    /**
     * The scale of {@code text[offset .. offset+length)} when it is a plain decimal number ({@code
     * -?digits(.digits)?}, no exponent) of at most 18 digits, which {@link #unscaled} then reads
     * exactly; -1 otherwise.
     */
    public static int plainScale(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        if (i < end && text[i] == '-') {
            i++;
        }
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return -1;
            }
        }
        if (digits == 0 || digits > 18) {
            return -1;
        }
        return Math.max(scale, 0);
    }

    /** The digits of a text {@link #plainScale} accepted, as one signed {@code long}. */
    public static long unscaled(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = text[i] == '-';
        if (negative) {
            i++;
        }
        long v = 0;
        for (; i < end; i++) {
            char c = text[i];
            if (c != '.') {
                v = v * 10 + (c - '0');
            }
        }
        return negative ? -v : v;
    }

    /**
     * Writes {@code unscaled × 10^-scale} into {@code out} from index 0 exactly as {@link
     * java.math.BigDecimal#toString()} would, when that is plain notation (no exponent), and
     * returns the length; returns -1, writing nothing useful, when {@code BigDecimal} would use an
     * exponent. {@code out} must hold {@link #MAX_FORMATTED_LENGTH} chars.
     */
    public static int format(long unscaled, int scale, char[] out) {
        if (scale < 0 || scale > DecimalValue.MAX_COMPACT_SCALE) {
            return -1;
        }
        int digits = digits(unscaled);
        if (scale > 0 && digits - 1 - scale < -6) {
            return -1; // BigDecimal writes 1E-7 and the like
        }
        int n = 0;
        if (unscaled < 0) {
            out[n++] = '-';
        }
        // the digits, right to left, into the end of their place
        int intDigits = digits - scale; // may be <= 0: "0." and leading zeros
        int total = intDigits > 0 ? (scale > 0 ? digits + 1 : digits) : 2 - intDigits + digits;
        int pos = n + total;
        long v = unscaled;
        for (int written = 0; written < digits; written++) {
            if (scale > 0 && written == scale) {
                out[--pos] = '.';
            }
            int d = (int) (v % 10);
            out[--pos] = (char) ('0' + (d < 0 ? -d : d));
            v /= 10;
        }
        if (intDigits <= 0) {
            for (int z = 0; z < -intDigits; z++) {
                out[--pos] = '0';
            }
            out[--pos] = '.';
            out[--pos] = '0';
        }
        return n + total;
    }

    /** The number of decimal digits of {@code v} without its sign (1 for 0). */
    public static int digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 19;
        }
        long a = Math.abs(v);
        int d = 1;
        while (d < 19 && a >= LONG_POWERS_OF_TEN[d]) {
            d++;
        }
        return d;
    }
}
