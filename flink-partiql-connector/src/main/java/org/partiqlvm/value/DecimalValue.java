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

    /** The largest scale a compact DECIMAL may have. */
    static final int MAX_COMPACT_SCALE = 64;

    private static final long serialVersionUID = 1L;

    /** The exact value; null while only the compact form is known. */
    private BigDecimal value;

    /** The compact form: {@code unscaled * 10^-scale}, valid when {@code compact}. */
    private long unscaled;

    private int scale;
    private boolean compact;

    /** False until the compact form of a value created from a BigDecimal was looked for. */
    private boolean compactKnown;

    private DecimalValue(BigDecimal value) {
        super(ValueKind.DECIMAL, false);
        this.value = value;
    }

    private DecimalValue(long unscaled, int scale, boolean reused) {
        super(ValueKind.DECIMAL, reused);
        setCompact(unscaled, scale);
    }

    /** The DECIMAL {@code value}. */
    public static DecimalValue of(BigDecimal value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        return new DecimalValue(value);
    }

    /**
     * The DECIMAL {@code unscaled × 10^-scale} (so {@code of(150, 2)} is {@code 1.50}), held as the
     * two numbers: no {@link BigDecimal} is created until one is asked for.
     *
     * @throws IllegalArgumentException if {@code scale} is negative or above 64
     */
    public static DecimalValue of(long unscaled, int scale) {
        checkScale(scale);
        return new DecimalValue(unscaled, scale, false);
    }

    /** A reusable DECIMAL owned by a {@link ValueArena}. */
    static DecimalValue reusable() {
        return new DecimalValue(0, 0, true);
    }

    void setCompact(long unscaled, int scale) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.compact = true;
        this.compactKnown = true;
        this.value = null;
    }

    void setBig(BigDecimal value) {
        this.value = value;
        this.compact = false;
        this.compactKnown = false;
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > MAX_COMPACT_SCALE) {
            throw new IllegalArgumentException("compact DECIMAL scale must be 0..64, got " + scale);
        }
    }

    /**
     * True when the value is {@code unscaled × 10^-scale} with a {@code long} unscaled value and a
     * scale of 0..64 ({@link #unscaledLong()}, {@link #scale()}): the form arithmetic and output
     * use without creating a {@link BigDecimal}.
     */
    public boolean isCompact() {
        if (!compactKnown) {
            BigDecimal v = value;
            compact = v.scale() >= 0 && v.scale() <= MAX_COMPACT_SCALE && v.precision() <= 18;
            if (compact) {
                unscaled = v.unscaledValue().longValue();
                scale = v.scale();
            }
            compactKnown = true;
        }
        return compact;
    }

    /** The unscaled value of a compact DECIMAL ({@link #isCompact()}). */
    public long unscaledLong() {
        if (!isCompact()) {
            throw new IllegalStateException("unscaledLong() of a DECIMAL that is not compact");
        }
        return unscaled;
    }

    /** The exact value. Creates it on first use for a value made from its compact form. */
    public BigDecimal value() {
        BigDecimal v = value;
        if (v == null) {
            v = BigDecimal.valueOf(unscaled, scale);
            value = v;
        }
        return v;
    }

    /** The number of significant digits (1 for zero), as {@link BigDecimal#precision()}. */
    public int precision() {
        return compact && value == null ? DecimalText.digits(unscaled) : value.precision();
    }

    /** The number of digits after the decimal point, as {@link BigDecimal#scale()}. */
    public int scale() {
        return compact && value == null ? scale : value.scale();
    }

    @Override
    public BigDecimal asBigDecimal() {
        return value();
    }

    @Override
    public double asDouble() {
        if (compact && value == null && Math.abs(unscaled) < (1L << 52) && scale < 23) {
            return unscaled / DecimalText.DOUBLE_POWERS_OF_TEN[scale]; // as BigDecimal does
        }
        return value().doubleValue();
    }
}
