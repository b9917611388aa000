package org.partiqlvm.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An INT that fits in a {@code long}: the common, allocation-light integer. Values in [-128, 1023]
 * are cached.
 *
 * <p>A value does not carry a SQL width (SMALLINT, INT, BIGINT): those are static types, checked by
 * casts and the planner. Every exact integer in {@code long} range is an {@code IntValue}; integers
 * beyond it are {@link BigIntegerValue}s, never both for one number.
 */
public final class IntValue extends Value {

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1023;
    private static final IntValue[] CACHE = new IntValue[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new IntValue(CACHE_LOW + i);
        }
    }

    private long value;

    private IntValue(long value) {
        super(ValueKind.INT);
        this.value = value;
    }

    private IntValue() {
        super(ValueKind.INT, true);
    }

    /** A reusable INT owned by a {@link ValueArena}. */
    static IntValue reusable() {
        return new IntValue();
    }

    void set(long v) {
        value = v;
    }

    /** The INT {@code value}; cached when small. */
    public static IntValue of(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return new IntValue(value);
    }

    @Override
    public boolean fitsLong() {
        return true;
    }

    @Override
    public long asLong() {
        return value;
    }

    @Override
    public BigInteger asBigInteger() {
        return BigInteger.valueOf(value);
    }

    @Override
    public BigDecimal asBigDecimal() {
        return BigDecimal.valueOf(value);
    }

    @Override
    public double asDouble() {
        return value;
    }
}
