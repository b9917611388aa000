package org.partiqlvm.value;

import java.math.BigDecimal;

/**
 * A FLOAT: a 64-bit IEEE-754 double, including NaN, the infinities and -0.0. REAL and DOUBLE
 * PRECISION both use it (Ion has a single float type). In ordering and equivalence NaN equals NaN
 * and sorts below every other number, and -0.0 equals 0.0; exact equality compares bits.
 */
public final class FloatValue extends Value {

    private static final FloatValue ZERO = new FloatValue(0.0);
    private static final FloatValue ONE = new FloatValue(1.0);

    private double value;

    private FloatValue(double value) {
        super(ValueKind.FLOAT);
        this.value = value;
    }

    private FloatValue() {
        super(ValueKind.FLOAT, true);
    }

    /** A reusable FLOAT owned by a {@link ValueArena}. */
    static FloatValue reusable() {
        return new FloatValue();
    }

    void set(double v) {
        value = v;
    }

    /** The FLOAT {@code value}. */
    public static FloatValue of(double value) {
        if (Double.doubleToRawLongBits(value) == 0L) {
            return ZERO;
        }
        if (value == 1.0) {
            return ONE;
        }
        return new FloatValue(value);
    }

    /** True for NaN and the infinities. */
    public boolean isNonFinite() {
        return Double.isNaN(value) || Double.isInfinite(value);
    }

    @Override
    public double asDouble() {
        return value;
    }

    @Override
    public BigDecimal asBigDecimal() {
        if (isNonFinite()) {
            throw new ArithmeticException("FLOAT " + value + " has no exact decimal value");
        }
        return new BigDecimal(value);
    }
}
