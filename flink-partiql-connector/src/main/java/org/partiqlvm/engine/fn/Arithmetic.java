package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The arithmetic operators {@code + - * / %} and unary {@code + -}, over numbers, intervals and
 * datetimes.
 *
 * <p>Every operator reads its operands from slots and writes the result into {@code out}, which may
 * be one of the operands (everything is read before {@code out} is written). Two {@code long}-sized
 * INTs take an allocation-free fast path.
 *
 * <p><b>Unknowns.</b> A MISSING operand gives MISSING, else a NULL operand gives NULL ({@code 5 +
 * missing} is MISSING, {@code 1 + null} is NULL); but a known operand of a kind the operator never
 * accepts is a type error even next to an unknown, as the suite's {@code MOD(NULL, 'a')} is.
 *
 * <p><b>Numbers.</b> INT op INT is INT, of any size: a {@code long} overflow promotes to an
 * arbitrary-precision INT (PartiQL's INT is unbounded, like Ion's; the suite tests no overflow).
 * {@code /} on INTs truncates toward zero, {@code %} takes the dividend's sign ({@code -10 % 3} is
 * -1, the suite's int.ion). A DECIMAL operand makes the result DECIMAL, also with a FLOAT ({@code 1
 * - 2e0 - 3.} is {@code -4.}, nary-operators.ion; {@code AVG(v * 2) + SUM(v + v)} is {@code 36.0},
 * sql-aggregate.ion): the FLOAT converts through its shortest decimal form. DECIMAL results are
 * rounded to 38 significant digits ({@link #DECIMAL_CONTEXT}); division keeps the exact quotient
 * when it fits ({@code 2.0 / 2} is {@code 1.0}, {@code 5. / 2} is {@code 2.5}). Otherwise a FLOAT
 * operand makes the result FLOAT. Division (and {@code %}) by zero is a data error for every
 * numeric type.
 *
 * <p><b>Datetimes and intervals</b> are delegated to {@link TemporalArithmetic}.
 */
public final class Arithmetic {

    /** The context of DECIMAL arithmetic: 38 significant digits, ties to even. */
    public static final MathContext DECIMAL_CONTEXT = Numbers.DECIMAL_CONTEXT;

    static final int ADD = 0;
    static final int SUBTRACT = 1;
    static final int MULTIPLY = 2;
    static final int DIVIDE = 3;
    static final int MODULO = 4;

    private static final KindSet ADDITIVE = KindSet.NUMBER_DATETIME_OR_INTERVAL;

    private static final KindSet MULTIPLICATIVE = KindSet.NUMBER_OR_INTERVAL;

    private Arithmetic() {}

    /** {@code a + b}: numbers, interval + interval, datetime + interval (either order). */
    public static void add(Slot a, Slot b, Slot out, CallSite site) {
        if (a.isLong() && b.isLong()) {
            long x = a.getLong();
            long y = b.getLong();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                Numbers.setInteger(out, BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            } else {
                out.setLong(r);
            }
            return;
        }
        binary(ADD, a, b, out, site);
    }

    /** {@code a - b}: numbers, intervals, datetime - interval, datetime - datetime. */
    public static void subtract(Slot a, Slot b, Slot out, CallSite site) {
        if (a.isLong() && b.isLong()) {
            long x = a.getLong();
            long y = b.getLong();
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                Numbers.setInteger(out, BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            } else {
                out.setLong(r);
            }
            return;
        }
        binary(SUBTRACT, a, b, out, site);
    }

    /** {@code a * b}: numbers, interval * number (either order). */
    public static void multiply(Slot a, Slot b, Slot out, CallSite site) {
        if (a.isLong() && b.isLong()) {
            long x = a.getLong();
            long y = b.getLong();
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                out.setLong(lo);
            } else {
                Numbers.setInteger(out, BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            return;
        }
        binary(MULTIPLY, a, b, out, site);
    }

    /** {@code a / b}: numbers (INT division truncates), interval / number. */
    public static void divide(Slot a, Slot b, Slot out, CallSite site) {
        if (a.isLong() && b.isLong()) {
            long x = a.getLong();
            long y = b.getLong();
            if (y == 0) {
                site.dataError(out, "division by zero");
            } else if (x == Long.MIN_VALUE && y == -1) {
                Numbers.setInteger(out, BigInteger.valueOf(x).negate());
            } else {
                out.setLong(x / y);
            }
            return;
        }
        binary(DIVIDE, a, b, out, site);
    }

    /** {@code a % b}: the remainder of truncating division, with the sign of {@code a}. */
    public static void modulo(Slot a, Slot b, Slot out, CallSite site) {
        if (a.isLong() && b.isLong()) {
            long y = b.getLong();
            if (y == 0) {
                site.dataError(out, "division by zero");
            } else {
                out.setLong(a.getLong() % y);
            }
            return;
        }
        binary(MODULO, a, b, out, site);
    }

    /** Unary {@code -a}: numbers and intervals. */
    public static void negate(Slot a, Slot out, CallSite site) {
        switch (a.kind()) {
            case MISSING -> out.setMissing();
            case NULL -> out.setNull();
            case INT -> {
                if (a.isLong() && a.getLong() != Long.MIN_VALUE) {
                    out.setLong(-a.getLong());
                } else {
                    Numbers.setInteger(out, Numbers.bigInteger(a).negate());
                }
            }
            case FLOAT -> out.setDouble(-a.getDouble());
            case DECIMAL -> Numbers.setDecimal(out, a.toValue().asBigDecimal().negate());
            case INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME -> TemporalArithmetic.negate(a, out, site);
            default -> site.typeMismatch(out, 0, MULTIPLICATIVE.description(), a.kind());
        }
    }

    /** Unary {@code +a}: the number or interval itself; other kinds are type errors. */
    public static void plus(Slot a, Slot out, CallSite site) {
        ValueKind k = a.kind();
        if (k.isUnknown() || MULTIPLICATIVE.contains(k)) {
            out.copyFrom(a);
        } else {
            site.typeMismatch(out, 0, MULTIPLICATIVE.description(), k);
        }
    }

    // ---------------------------------------------------------------- general path

    private static void binary(int op, Slot a, Slot b, Slot out, CallSite site) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (ka.isNumber() && kb.isNumber()) {
            numeric(op, a, b, out, site);
            return;
        }
        KindSet accepted =
                op == MODULO ? KindSet.NUMBER : op >= MULTIPLY ? MULTIPLICATIVE : ADDITIVE;
        if (Args.unknownBinary(a, b, accepted, out, site)) {
            return;
        }
        if (!accepted.contains(ka)) {
            site.typeMismatch(out, 0, accepted.description(), ka);
        } else if (!accepted.contains(kb)) {
            site.typeMismatch(out, 1, accepted.description(), kb);
        } else {
            TemporalArithmetic.apply(op, a, b, out, site);
        }
    }

    /** Both operands are numbers (not both {@code long}-sized INTs, or an overflowed op). */
    static void numeric(int op, Slot a, Slot b, Slot out, CallSite site) {
        ValueKind ka = a.kind();
        ValueKind kb = b.kind();
        if (ka == ValueKind.INT && kb == ValueKind.INT) {
            integers(op, Numbers.bigInteger(a), Numbers.bigInteger(b), out, site);
        } else if (op <= DIVIDE
                && CompactDecimals.applies(a, b)
                && CompactDecimals.apply(op, a, b, out)) {
            return;
        } else if ((ka == ValueKind.DECIMAL || kb == ValueKind.DECIMAL)
                && !Numbers.isNonFiniteFloat(a)
                && !Numbers.isNonFiniteFloat(b)) {
            decimals(op, Numbers.decimal(a), Numbers.decimal(b), out, site);
        } else {
            doubles(op, Numbers.toDouble(a), Numbers.toDouble(b), out, site);
        }
    }

    private static void integers(int op, BigInteger x, BigInteger y, Slot out, CallSite site) {
        switch (op) {
            case ADD -> Numbers.setInteger(out, x.add(y));
            case SUBTRACT -> Numbers.setInteger(out, x.subtract(y));
            case MULTIPLY -> Numbers.setInteger(out, x.multiply(y));
            case DIVIDE -> {
                if (y.signum() == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    Numbers.setInteger(out, x.divide(y));
                }
            }
            default -> {
                if (y.signum() == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    Numbers.setInteger(out, x.remainder(y));
                }
            }
        }
    }

    private static void decimals(int op, BigDecimal x, BigDecimal y, Slot out, CallSite site) {
        try {
            decimalsExact(op, x, y, out, site);
        } catch (ArithmeticException e) { // an exponent past the int range of BigDecimal's scale
            site.dataError(out, "the result's exponent is out of range");
        }
    }

    private static void decimalsExact(int op, BigDecimal x, BigDecimal y, Slot out, CallSite site) {
        switch (op) {
            case ADD -> Numbers.setDecimal(out, x.add(y, DECIMAL_CONTEXT));
            case SUBTRACT -> Numbers.setDecimal(out, x.subtract(y, DECIMAL_CONTEXT));
            case MULTIPLY -> Numbers.setDecimal(out, x.multiply(y, DECIMAL_CONTEXT));
            case DIVIDE -> {
                if (y.signum() == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    Numbers.setDecimal(out, x.divide(y, DECIMAL_CONTEXT));
                }
            }
            default -> {
                if (y.signum() == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    BigDecimal r = BoundedDecimals.remainder(x, y);
                    if (r == null) {
                        site.dataError(
                                out, "the remainder of numbers this far apart is out of range");
                    } else {
                        Numbers.setDecimal(out, r);
                    }
                }
            }
        }
    }

    private static void doubles(int op, double x, double y, Slot out, CallSite site) {
        switch (op) {
            case ADD -> out.setDouble(x + y);
            case SUBTRACT -> out.setDouble(x - y);
            case MULTIPLY -> out.setDouble(x * y);
            case DIVIDE -> {
                if (y == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    out.setDouble(x / y);
                }
            }
            default -> {
                if (y == 0) {
                    site.dataError(out, "division by zero");
                } else {
                    out.setDouble(x % y);
                }
            }
        }
    }

    /** The number {@code v} negated into {@code out} if negative ({@code ABS}); numbers only. */
    static void absNumber(Slot v, Slot out) {
        switch (v.kind()) {
            case INT -> {
                if (v.isLong() && v.getLong() != Long.MIN_VALUE) {
                    out.setLong(Math.abs(v.getLong()));
                } else {
                    Numbers.setInteger(out, Numbers.bigInteger(v).abs());
                }
            }
            case FLOAT -> out.setDouble(Math.abs(v.getDouble()));
            default -> {
                BigDecimal d = v.toValue().asBigDecimal();
                if (d.signum() < 0) {
                    out.setValue(Value.ofDecimal(d.negate()));
                } else {
                    out.copyFrom(v);
                }
            }
        }
    }
}
