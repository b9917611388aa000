package org.partiqlvm.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact comparison and hashing of numbers across INT, DECIMAL and FLOAT: the helpers SQL {@code
 * =}/{@code <}, ORDER BY, GROUP BY and the conformance comparison build on.
 *
 * <p>Comparison is by mathematical value, without rounding: {@code 1 = 1.0 = 1e0}, {@code
 * 9007199254740993 > 9007199254740992e0}, and {@code 0.1 <> 0.1e0} (the double is not exactly one
 * tenth). For FLOAT, -0.0 equals 0.0, NaN equals NaN and is below every other number, then come
 * -inf, the finite numbers and +inf: the PartiQL ORDER BY rules. SQL {@code =} on NaN is the
 * evaluator's decision; it can test {@link #isNaN(Value)} first. Long-sized operands compare
 * without allocating.
 */
public final class NumericComparison {

    private static final double TWO_POW_63 = 0x1p63;
    private static final int NAN_HASH = 0x7ff80000;

    private NumericComparison() {}

    /**
     * Compares two numbers (INT, DECIMAL or FLOAT, any mix) by value: negative, zero or positive.
     *
     * @throws IllegalArgumentException when either value is not a number
     */
    public static int compare(Value a, Value b) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (!ka.isNumber() || !kb.isNumber()) {
            throw new IllegalArgumentException(
                    "cannot compare " + a.typeName() + " and " + b.typeName() + " as numbers");
        }
        if (ka == ValueKind.FLOAT || kb == ValueKind.FLOAT) {
            if (ka == kb) {
                return compareDoubles(a.asDouble(), b.asDouble());
            }
            return ka == ValueKind.FLOAT
                    ? -compareExactToDouble(b, a.asDouble())
                    : compareExactToDouble(a, b.asDouble());
        }
        if (a.fitsLong() && b.fitsLong()) {
            return Long.compare(a.asLong(), b.asLong());
        }
        if (ka == ValueKind.INT && kb == ValueKind.INT) {
            return a.asBigInteger().compareTo(b.asBigInteger());
        }
        return a.asBigDecimal().compareTo(b.asBigDecimal());
    }

    /** True when {@code a} and {@code b} are numbers of equal value ({@code compare == 0}). */
    public static boolean equal(Value a, Value b) {
        return compare(a, b) == 0;
    }

    /** True for a FLOAT NaN. */
    public static boolean isNaN(Value v) {
        return v.kind() == ValueKind.FLOAT && Double.isNaN(v.asDouble());
    }

    /**
     * Compares doubles in PartiQL order: NaN (equal to itself) first, -0.0 equal to 0.0.
     * Allocation-free.
     */
    public static int compareDoubles(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0; // also -0.0 == 0.0
        }
        boolean nanA = Double.isNaN(a);
        boolean nanB = Double.isNaN(b);
        if (nanA && nanB) {
            return 0;
        }
        return nanA ? -1 : 1;
    }

    /** Compares a {@code long} with a double exactly (NaN below everything). Allocation-free. */
    public static int compareLongToDouble(long a, double b) {
        if (Double.isNaN(b)) {
            return 1;
        }
        if (b >= TWO_POW_63) {
            return -1;
        }
        if (b < -TWO_POW_63) {
            return 1;
        }
        long truncated = (long) b; // toward zero; exact since |b| < 2^63
        if (a != truncated) {
            return Long.compare(a, truncated);
        }
        // Exact: when b has a fraction, |b| < 2^52 and truncated converts back without rounding.
        double fraction = b - (double) truncated;
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0);
    }

    private static int compareExactToDouble(Value exact, double d) {
        if (Double.isNaN(d) || d == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        if (d == Double.POSITIVE_INFINITY) {
            return -1;
        }
        if (exact.fitsLong()) {
            return compareLongToDouble(exact.asLong(), d);
        }
        return exact.asBigDecimal().compareTo(new BigDecimal(d));
    }

    // ---------------------------------------------------------------- hashing

    /**
     * A hash of a number's value, equal for equal values of any kind: {@code 1}, {@code 1.0},
     * {@code 1.00} and {@code 1e0} hash alike, so do {@code 0.5} and {@code 5e-1}. Integral values
     * in {@code long} range hash as that long; other values exactly representable as a double hash
     * as that double; the rest as their canonical (trailing-zero-free) decimal.
     */
    public static int hash(Value number) {
        switch (number.kind()) {
            case INT:
                return number.fitsLong()
                        ? hashLong(number.asLong())
                        : hashBigInteger(number.asBigInteger());
            case FLOAT:
                return hashDouble(number.asDouble());
            case DECIMAL:
                return hashDecimal(number.asBigDecimal());
            default:
                throw new IllegalArgumentException("not a number: " + number.typeName());
        }
    }

    /** The hash of an integral value in {@code long} range. */
    public static int hashLong(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The hash of a double, consistent with {@link #hash(Value)}. */
    public static int hashDouble(double d) {
        if (Double.isNaN(d)) {
            return NAN_HASH;
        }
        if (d >= -TWO_POW_63 && d < TWO_POW_63 && d == Math.rint(d)) {
            return hashLong((long) d); // also folds -0.0 into 0
        }
        return Double.hashCode(d);
    }

    private static int hashBigInteger(BigInteger v) {
        if (v.bitLength() < 64) {
            return hashLong(v.longValue());
        }
        BigInteger abs = v.abs();
        int bits = abs.bitLength();
        if (bits <= 1024 && bits - abs.getLowestSetBit() <= 53) {
            return hashDouble(v.doubleValue()); // exactly a double
        }
        return new BigDecimal(v).stripTrailingZeros().hashCode();
    }

    private static int hashDecimal(BigDecimal v) {
        if (v.signum() == 0) {
            return hashLong(0);
        }
        BigDecimal canonical = v.stripTrailingZeros();
        if (canonical.scale() <= 0) {
            if (canonical.precision() - (long) canonical.scale() > 400) {
                return canonical.hashCode(); // as hashBigInteger for more than 1024 bits, unbuilt
            }
            if (canonical.precision() - canonical.scale() <= 18) {
                return hashLong(canonical.longValueExact());
            }
            return hashBigInteger(canonical.toBigIntegerExact());
        }
        // A fraction equals a double only if its denominator is a power of two: 5^scale must
        // divide the unscaled value. Test divisibility by 5 first: it rejects 0.1, 1.23, ...
        BigInteger unscaled = canonical.unscaledValue();
        boolean divisibleByFive =
                unscaled.bitLength() < 63
                        ? unscaled.longValue() % 5 == 0
                        : unscaled.mod(BigInteger.valueOf(5)).signum() == 0;
        if (divisibleByFive) {
            double d = canonical.doubleValue();
            if (Double.isFinite(d) && new BigDecimal(d).compareTo(canonical) == 0) {
                return hashDouble(d);
            }
        }
        return canonical.hashCode();
    }
}
