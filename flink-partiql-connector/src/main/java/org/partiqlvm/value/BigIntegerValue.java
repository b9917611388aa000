package org.partiqlvm.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An INT outside the {@code long} range (PartiQL and Ion integers are unbounded; the suite uses
 * {@code OFFSET 9223372036854775808}). {@link #of(BigInteger)} returns an {@link IntValue} when the
 * number fits, so a {@code BigIntegerValue} never holds a {@code long}-sized number.
 */
public final class BigIntegerValue extends Value {

    private final BigInteger value;

    private BigIntegerValue(BigInteger value) {
        super(ValueKind.INT);
        this.value = value;
    }

    /** The INT {@code value}: an {@link IntValue} when it fits in a {@code long}. */
    public static Value of(BigInteger value) {
        if (value.bitLength() < 64) {
            return IntValue.of(value.longValue());
        }
        return new BigIntegerValue(value);
    }

    @Override
    public long asLong() {
        throw new ArithmeticException("INT " + value + " does not fit in 64 bits");
    }

    @Override
    public BigInteger asBigInteger() {
        return value;
    }

    @Override
    public BigDecimal asBigDecimal() {
        return new BigDecimal(value);
    }

    @Override
    public double asDouble() {
        return value.doubleValue();
    }
}
