package org.partiqlvm.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A DECIMAL: an exact {@link BigDecimal}, keeping its scale. {@code 1.0} and {@code 1.00} are
 * distinct values (exact equality, printing, Ion output) but equivalent (GROUP BY, DISTINCT, the
 * conformance comparison). Precision and scale are those of the {@code BigDecimal}; a declared
 * DECIMAL(p,s) type is the planner's and the casts' business.
 *
 * <p>Ion's negative decimal zero ({@code -0.}) reads as zero: {@code BigDecimal} has no sign for
 * zero.
 */
public final class DecimalValue extends Value {

    /**
     * The precision of a DECIMAL whose precision is not declared: 38 significant digits, ties to
     * even. DECIMAL arithmetic rounds its results to it, and a DECIMAL literal with more digits is
     * rounded to it (the suite's {@code 1.9999999999999999999999999999999999999999999999} is {@code
     * 2.0000000000000000000000000000000000000}).
     */
    public static final MathContext DEFAULT_CONTEXT = new MathContext(38, RoundingMode.HALF_EVEN);

    private final BigDecimal value;

    private DecimalValue(BigDecimal value) {
        super(ValueKind.DECIMAL);
        this.value = value;
    }

    /** The DECIMAL {@code value}. */
    public static DecimalValue of(BigDecimal value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        return new DecimalValue(value);
    }

    /** The stored {@link BigDecimal}. */
    public BigDecimal value() {
        return value;
    }

    /** Digits of the unscaled value ({@code BigDecimal.precision()}). */
    public int precision() {
        return value.precision();
    }

    /** The scale ({@code BigDecimal.scale()}): digits after the point; negative for 1E+3. */
    public int scale() {
        return value.scale();
    }

    @Override
    public BigDecimal asBigDecimal() {
        return value;
    }

    @Override
    public double asDouble() {
        return value.doubleValue();
    }
}
