package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Conversions between the numeric representations a {@link Slot} can hold ({@code long}, {@link
 * BigInteger}, {@link BigDecimal}, {@code double}), shared by the numeric families.
 */
final class Numbers {

    /**
     * The context of DECIMAL arithmetic: 38 significant digits, ties to even. The suite's {@code
     * 4.0000 / 3.0} gives 1.3333333333333333333333333333333333333 and {@code 1e100 - 1e-100} gives
     * 1.0000000000000000000000000000000000000E+100.
     */
    static final MathContext DECIMAL_CONTEXT = DecimalValue.DEFAULT_CONTEXT;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Numbers() {}

    /** The exact integer of an INT slot. */
    static BigInteger bigInteger(Slot s) {
        return s.isLong() ? BigInteger.valueOf(s.getLong()) : s.toValue().asBigInteger();
    }

    /**
     * The decimal value of an INT, DECIMAL or finite FLOAT slot; a FLOAT converts through its
     * shortest decimal representation ({@code 0.1e0} gives 0.1, as {@link
     * BigDecimal#valueOf(double)}).
     */
    static BigDecimal decimal(Slot s) {
        switch (s.kind()) {
            case INT:
                return s.isLong() ? BigDecimal.valueOf(s.getLong()) : s.toValue().asBigDecimal();
            case FLOAT:
                return BigDecimal.valueOf(s.getDouble());
            default:
                return s.toValue().asBigDecimal();
        }
    }

    /** The value of an INT, DECIMAL or FLOAT slot as a {@code double}. */
    static double toDouble(Slot s) {
        switch (s.kind()) {
            case FLOAT:
                return s.getDouble();
            case INT:
                return s.isLong() ? (double) s.getLong() : s.toValue().asDouble();
            default:
                return s.toValue().asDouble();
        }
    }

    /** True for a FLOAT slot holding NaN or an infinity. */
    static boolean isNonFiniteFloat(Slot s) {
        return s.kind() == ValueKind.FLOAT && !Double.isFinite(s.getDouble());
    }

    /** Stores an INT of any size, unboxed when it fits a {@code long}. */
    static void setInteger(Slot out, BigInteger v) {
        if (v.bitLength() < 64) {
            out.setLong(v.longValue());
        } else {
            out.setValue(Value.ofBigInteger(v));
        }
    }

    /** Stores a DECIMAL. */
    static void setDecimal(Slot out, BigDecimal v) {
        out.setValue(Value.ofDecimal(v));
    }

    /** {@code v} clamped to the {@code long} range (for positions and lengths). */
    static long clamp(BigInteger v) {
        if (v.compareTo(LONG_MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (v.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return v.longValue();
    }

    /** The INT slot's value clamped to the {@code long} range. */
    static long clampedLong(Slot intSlot) {
        return intSlot.isLong() ? intSlot.getLong() : clamp(intSlot.toValue().asBigInteger());
    }

    /** The number of decimal digits of {@code v >= 0} (1 for 0). */
    static int digits(long v) {
        int d = 1;
        while (v >= 10) {
            v /= 10;
            d++;
        }
        return d;
    }
}
