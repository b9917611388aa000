package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * Numeric functions. Rounding functions keep the argument's kind (INT, DECIMAL or FLOAT);
 * transcendental ones ({@code sqrt}, {@code exp}, {@code ln}, {@code log10}, {@code power}) return
 * FLOAT. Arguments outside a function's domain ({@code sqrt(-1)}, {@code ln(0)}) are data errors.
 *
 * <p>Each function has the {@link ScalarFunction} shape and, as registered in {@link
 * BuiltinFunctions}, receives known arguments only; it still checks their kinds.
 */
public final class NumericFunctions {

    private NumericFunctions() {}

    /** Registers the numeric functions. */
    static void register(FunctionTable t) {
        String sameNumber = "same as the argument";
        t.add(
                        "abs",
                        KindSet.NUMBER_OR_INTERVAL,
                        NumericFunctions::abs,
                        "The absolute value of a number or interval.")
                .returns(sameNumber)
                .example("ABS(-2.5)", "2.5");
        t.add(
                        "mod",
                        2,
                        2,
                        List.of(KindSet.NUMBER),
                        NumericFunctions::mod,
                        "The remainder of the division, with the sign of the dividend.")
                .returns("a number")
                .example("MOD(-7, 3)", "-1");
        String ceil = "The smallest integral value not below the number.";
        t.add("ceil", KindSet.NUMBER, NumericFunctions::ceil, ceil)
                .returns(sameNumber)
                .example("CEIL(1.2)", "2.");
        t.add("ceiling", KindSet.NUMBER, NumericFunctions::ceil, ceil)
                .returns(sameNumber)
                .example("CEILING(-1.2)", "-1.");
        t.add(
                        "floor",
                        KindSet.NUMBER,
                        NumericFunctions::floor,
                        "The largest integral value not above the number.")
                .returns(sameNumber)
                .example("FLOOR(-1.2)", "-2.");
        t.add(
                        "round",
                        1,
                        2,
                        List.of(KindSet.NUMBER, KindSet.INT),
                        NumericFunctions::round,
                        "The number rounded (halves away from zero) to a number of decimal places"
                                + " (default 0).")
                .returns(sameNumber)
                .example("ROUND(2.345, 2)", "2.35");
        t.add(
                        "trunc",
                        1,
                        2,
                        List.of(KindSet.NUMBER, KindSet.INT),
                        NumericFunctions::trunc,
                        "The number truncated toward zero to a number of decimal places (default"
                                + " 0).")
                .returns(sameNumber)
                .example("TRUNC(2.345, 1)", "2.3");
        t.add(
                        "sign",
                        KindSet.NUMBER,
                        NumericFunctions::sign,
                        "-1, 0 or 1 as the sign of the number.")
                .returns(sameNumber)
                .example("SIGN(-0.5)", "-1.");
        t.add("sqrt", KindSet.NUMBER, NumericFunctions::sqrt, "The square root, as FLOAT.")
                .returns(ValueKind.FLOAT)
                .example("SQRT(16)", "`4.0e0`");
        t.add("exp", KindSet.NUMBER, NumericFunctions::exp, "e raised to the number, as FLOAT.")
                .returns(ValueKind.FLOAT)
                .example("EXP(0)", "`1.0e0`");
        t.add("ln", KindSet.NUMBER, NumericFunctions::ln, "The natural logarithm, as FLOAT.")
                .returns(ValueKind.FLOAT)
                .example("LN(1)", "`0.0e0`");
        t.add("log10", KindSet.NUMBER, NumericFunctions::log10, "The base-10 logarithm, as FLOAT.")
                .returns(ValueKind.FLOAT)
                .example("LOG10(1000)", "`3.0e0`");
        String power = "The first number raised to the second, as FLOAT.";
        t.add("power", 2, 2, List.of(KindSet.NUMBER), NumericFunctions::power, power)
                .returns(ValueKind.FLOAT)
                .example("POWER(2, 10)", "`1024.0e0`");
        t.add("pow", 2, 2, List.of(KindSet.NUMBER), NumericFunctions::power, power)
                .returns(ValueKind.FLOAT)
                .example("POW(2, -1)", "`0.5e0`");
    }

    /** {@code abs(x)}: the absolute value of a number or an interval (abs.ion). */
    public static void abs(Slot[] args, Slot out, CallSite site) {
        Slot x = args[0];
        ValueKind k = x.kind();
        if (k.isNumber()) {
            Arithmetic.absNumber(x, out);
        } else if (k.isInterval()) {
            TemporalArithmetic.abs(x.toValue(), out);
        } else {
            site.typeMismatch(out, 0, KindSet.NUMBER_OR_INTERVAL.description(), k);
        }
    }

    /** {@code mod(a, b)}: the remainder of {@code a / b}, with the sign of {@code a} (mod.ion). */
    public static void mod(Slot[] args, Slot out, CallSite site) {
        if (Args.expect(args[0], KindSet.NUMBER, 0, out, site)
                && Args.expect(args[1], KindSet.NUMBER, 1, out, site)) {
            Arithmetic.modulo(args[0], args[1], out, site);
        }
    }

    /** {@code ceil(x)} / {@code ceiling(x)}: the smallest integral value not below {@code x}. */
    public static void ceil(Slot[] args, Slot out, CallSite site) {
        integral(args[0], RoundingMode.CEILING, out, site);
    }

    /** {@code floor(x)}: the largest integral value not above {@code x}. */
    public static void floor(Slot[] args, Slot out, CallSite site) {
        integral(args[0], RoundingMode.FLOOR, out, site);
    }

    /**
     * {@code round(x[, d])}: {@code x} rounded to {@code d} decimal places (default 0; negative
     * rounds left of the point), halves away from zero.
     */
    public static void round(Slot[] args, Slot out, CallSite site) {
        toPlaces(args, RoundingMode.HALF_UP, out, site);
    }

    /** {@code trunc(x[, d])}: {@code x} truncated toward zero to {@code d} decimal places. */
    public static void trunc(Slot[] args, Slot out, CallSite site) {
        toPlaces(args, RoundingMode.DOWN, out, site);
    }

    /** {@code sign(x)}: -1, 0 or 1 as the sign of {@code x}, of the kind of {@code x}. */
    public static void sign(Slot[] args, Slot out, CallSite site) {
        Slot x = args[0];
        switch (x.kind()) {
            case INT ->
                    out.setLong(
                            x.isLong() ? Long.signum(x.getLong()) : Numbers.bigInteger(x).signum());
            case DECIMAL ->
                    Numbers.setDecimal(
                            out, BigDecimal.valueOf(x.toValue().asBigDecimal().signum()));
            case FLOAT -> out.setDouble(Math.signum(x.getDouble()));
            default -> site.typeMismatch(out, 0, KindSet.NUMBER.description(), x.kind());
        }
    }

    /** {@code sqrt(x)}: the square root of {@code x >= 0}, as FLOAT. */
    public static void sqrt(Slot[] args, Slot out, CallSite site) {
        double x = argument(args[0], 0, out, site);
        if (x == x) {
            if (x < 0) {
                site.dataError(out, "square root of a negative number");
            } else {
                out.setDouble(Math.sqrt(x));
            }
        }
    }

    /** {@code exp(x)}: e raised to {@code x}, as FLOAT. */
    public static void exp(Slot[] args, Slot out, CallSite site) {
        double x = argument(args[0], 0, out, site);
        if (x == x) {
            out.setDouble(Math.exp(x));
        }
    }

    /** {@code ln(x)}: the natural logarithm of {@code x > 0}, as FLOAT. */
    public static void ln(Slot[] args, Slot out, CallSite site) {
        double x = argument(args[0], 0, out, site);
        if (x == x) {
            if (x <= 0) {
                site.dataError(out, "logarithm of a number not above zero");
            } else {
                out.setDouble(Math.log(x));
            }
        }
    }

    /** {@code log10(x)}: the base-10 logarithm of {@code x > 0}, as FLOAT. */
    public static void log10(Slot[] args, Slot out, CallSite site) {
        double x = argument(args[0], 0, out, site);
        if (x == x) {
            if (x <= 0) {
                site.dataError(out, "logarithm of a number not above zero");
            } else {
                out.setDouble(Math.log10(x));
            }
        }
    }

    /** {@code power(x, y)} / {@code pow(x, y)}: {@code x} raised to {@code y}, as FLOAT. */
    public static void power(Slot[] args, Slot out, CallSite site) {
        double x = argument(args[0], 0, out, site);
        if (x != x) {
            return;
        }
        double y = argument(args[1], 1, out, site);
        if (y != y) {
            return;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) || (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y))) {
            site.dataError(out, "power(" + x + ", " + y + ") is not a real number");
        } else {
            out.setDouble(r);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A number argument as a double; NaN after a type mismatch (NaN input is passed through as the
     * value {@code Double.NaN} too, and then gives NaN results: callers test {@code x == x}).
     */
    private static double argument(Slot a, int index, Slot out, CallSite site) {
        if (!Args.expect(a, KindSet.NUMBER, index, out, site)) {
            return Double.NaN;
        }
        double d = Numbers.toDouble(a);
        if (d != d) {
            out.setDouble(Double.NaN);
        }
        return d;
    }

    private static void integral(Slot x, RoundingMode mode, Slot out, CallSite site) {
        switch (x.kind()) {
            case INT -> out.copyFrom(x);
            case DECIMAL ->
                    Numbers.setDecimal(
                            out, BoundedDecimals.round(x.toValue().asBigDecimal(), 0, mode));
            case FLOAT ->
                    out.setDouble(
                            mode == RoundingMode.CEILING
                                    ? Math.ceil(x.getDouble())
                                    : Math.floor(x.getDouble()));
            default -> site.typeMismatch(out, 0, KindSet.NUMBER.description(), x.kind());
        }
    }

    private static void toPlaces(Slot[] args, RoundingMode mode, Slot out, CallSite site) {
        Slot x = args[0];
        if (!Args.expect(x, KindSet.NUMBER, 0, out, site)) {
            return;
        }
        int places = 0;
        if (args.length > 1) {
            if (!Args.expect(args[1], KindSet.INT, 1, out, site)) {
                return;
            }
            long d = Numbers.clampedLong(args[1]);
            places = (int) Math.max(-1000, Math.min(1000, d));
        }
        switch (x.kind()) {
            case INT -> {
                if (places >= 0) {
                    out.copyFrom(x);
                } else {
                    BigDecimal r = new BigDecimal(Numbers.bigInteger(x)).setScale(places, mode);
                    Numbers.setInteger(out, r.toBigInteger());
                }
            }
            case DECIMAL -> {
                BigDecimal r = BoundedDecimals.round(x.toValue().asBigDecimal(), places, mode);
                Numbers.setDecimal(
                        out,
                        places < 0 ? BoundedDecimals.round(r, 0, RoundingMode.UNNECESSARY) : r);
            }
            default -> {
                double d = x.getDouble();
                if (!Double.isFinite(d)) {
                    out.setDouble(d);
                } else {
                    out.setDouble(BigDecimal.valueOf(d).setScale(places, mode).doubleValue());
                }
            }
        }
    }
}
