package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.DateTimeText;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.SexpValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TemporalText;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * {@code CAST}, {@code CAN_CAST} and {@code CAN_LOSSLESS_CAST}.
 *
 * <p>MISSING casts to MISSING and NULL to NULL; casting to NULL or MISSING fails in both modes
 * (cast.ion). A cast the types do not allow ({@code CAST([1] AS INT)}, a BLOB to INT) is a type
 * error, a value the target cannot hold ({@code CAST('hello' AS INT)}, {@code CAST(40000 AS
 * SMALLINT)}) a data error: MISSING in permissive mode, an exception in strict mode.
 *
 * <ul>
 *   <li>BOOL: from numbers (zero is false) and the texts {@code 'true'}/{@code 'false'} (any case).
 *   <li>SMALLINT, INT, BIGINT (16, 32, 64 bits; range-checked): from BOOL (1/0), numbers (DECIMAL
 *       rounded half-even, FLOAT truncated) and number text ({@link NumberText}: {@code '0x0A'},
 *       {@code '-0b10'}, {@code ' +01 '}).
 *   <li>DECIMAL(p, s): rounded half-up to scale s, an error above precision p; REAL rounds to a
 *       32-bit float; DOUBLE PRECISION.
 *   <li>STRING, VARCHAR(n) (truncated to n code points), CHAR(n) (padded with spaces or truncated),
 *       SYMBOL: from text, numbers, BOOLs, datetimes ({@link DateTimeText}, value layer) and CLOBs
 *       (UTF-8).
 *   <li>DATE, TIME, TIMESTAMP: from datetimes (a DATE is midnight, a TIMESTAMP gives its date or
 *       time; adding a time zone reads the value in UTC, dropping one keeps the local fields; a
 *       precision truncates the fraction) and text.
 *   <li>Intervals: from intervals of the family ({@code TemporalCasts.fit}, the grammar of their
 *       text is {@link org.partiqlvm.value.IntervalText}), INTs and DECIMALs for a single-field
 *       interval ({@code CAST(5 AS INTERVAL DAY)}), and text.
 *   <li>LIST, BAG, SEXP from any collection; STRUCT from STRUCT; BLOB from BLOB; CLOB from CLOB and
 *       text; ANY from anything.
 * </ul>
 */
public final class Casts {

    private static final CallSite SILENT = CallSite.of("CAN_CAST", EvalMode.COERCE);

    private Casts() {}

    /** {@code CAST(v AS target)}; {@code out} may be {@code v}. */
    public static void cast(Slot v, CastTarget target, Slot out, CallSite site) {
        if (!target.isCastable()) {
            throw site.error("cannot cast to " + target);
        }
        ValueKind k = v.kind();
        if (k == ValueKind.MISSING) {
            out.setMissing();
            return;
        }
        if (k == ValueKind.NULL) {
            out.setNull();
            return;
        }
        switch (target.type()) {
            case ANY -> out.copyFrom(v);
            case BOOL -> toBool(v, out, site);
            case SMALLINT -> toInteger(v, target, Short.MIN_VALUE, Short.MAX_VALUE, out, site);
            case INT -> toInteger(v, target, Integer.MIN_VALUE, Integer.MAX_VALUE, out, site);
            case BIGINT -> toInteger(v, target, Long.MIN_VALUE, Long.MAX_VALUE, out, site);
            case DECIMAL -> toDecimal(v, target, out, site);
            case REAL, DOUBLE -> toFloat(v, target, out, site);
            case STRING, VARCHAR, CHAR, SYMBOL -> toText(v, target, out, site);
            case CLOB -> toClob(v, target, out, site);
            case BLOB -> same(v, ValueKind.BLOB, target, out, site);
            case DATE, TIME, TIMESTAMP -> TemporalCasts.toDateTime(v, target, out, site);
            case INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME ->
                    TemporalCasts.toInterval(v, target, out, site);
            case LIST, BAG, SEXP -> toCollection(v, target, out, site);
            default -> same(v, ValueKind.STRUCT, target, out, site);
        }
    }

    /**
     * {@code CAN_CAST(v AS target)}: whether the cast succeeds (true for MISSING and NULL, which
     * cast to themselves; for NULL and MISSING targets, whether {@code v} is that).
     */
    public static void canCast(Slot v, CastTarget target, Slot out) {
        out.setBool(succeeds(v, target, out));
    }

    /**
     * {@code CAN_LOSSLESS_CAST(v AS target)}: whether the cast succeeds and casting the result back
     * to the type of {@code v} gives a value equal to {@code v} ({@code 1.5 AS INT} is false); a
     * LIST or SEXP of several elements cast to a BAG loses their order.
     */
    public static void canLosslessCast(Slot v, CastTarget target, Slot out) {
        ValueKind k = v.kind();
        if (k.isUnknown() || !target.isCastable()) {
            canCast(v, target, out);
            return;
        }
        Value original = v.toValue();
        if (original.kind().isSequence()
                && target.type() == CastTarget.Type.BAG
                && original.size() > 1) {
            out.setBool(false); // a bag loses the order of the elements
            return;
        }
        cast(v, target, out, SILENT);
        if (out.isMissing()) {
            out.setBool(false);
            return;
        }
        Slot back = new Slot();
        cast(out, backTarget(original), back, SILENT);
        out.setBool(!back.isMissing() && Equality.equal(original, back.toValue()));
    }

    private static boolean succeeds(Slot v, CastTarget target, Slot scratch) {
        ValueKind k = v.kind();
        switch (target.type()) {
            case NULL:
                return k.isUnknown();
            case MISSING:
                return k == ValueKind.MISSING;
            default:
                if (k.isUnknown()) {
                    return true;
                }
                cast(v, target, scratch, SILENT);
                return !scratch.isMissing();
        }
    }

    /** The target that brings a cast result back to the kind of {@code original}. */
    private static CastTarget backTarget(Value original) {
        return switch (original.kind()) {
            case BOOL -> CastTarget.of(CastTarget.Type.BOOL);
            case INT, DECIMAL -> CastTarget.decimal(CastTarget.UNSPECIFIED, CastTarget.UNSPECIFIED);
            case FLOAT -> CastTarget.of(CastTarget.Type.DOUBLE);
            case STRING -> CastTarget.of(CastTarget.Type.STRING);
            case SYMBOL -> CastTarget.of(CastTarget.Type.SYMBOL);
            case DATE -> CastTarget.of(CastTarget.Type.DATE);
            case TIME, TIMESTAMP ->
                    CastTarget.datetime(
                            original.kind() == ValueKind.TIME
                                    ? CastTarget.Type.TIME
                                    : CastTarget.Type.TIMESTAMP,
                            CastTarget.UNSPECIFIED,
                            DateTimes.offset(original) != null);
            case BLOB -> CastTarget.of(CastTarget.Type.BLOB);
            case CLOB -> CastTarget.of(CastTarget.Type.CLOB);
            case LIST -> CastTarget.of(CastTarget.Type.LIST);
            case BAG -> CastTarget.of(CastTarget.Type.BAG);
            case SEXP -> CastTarget.of(CastTarget.Type.SEXP);
            case STRUCT -> CastTarget.of(CastTarget.Type.STRUCT);
            default -> CastTarget.of(CastTarget.Type.ANY);
        };
    }

    // ---------------------------------------------------------------- BOOL

    private static void toBool(Slot v, Slot out, CallSite site) {
        switch (v.kind()) {
            case BOOL -> out.copyFrom(v);
            case INT ->
                    out.setBool(
                            v.isLong() ? v.getLong() != 0 : Numbers.bigInteger(v).signum() != 0);
            case DECIMAL -> out.setBool(v.toValue().asBigDecimal().signum() != 0);
            case FLOAT -> out.setBool(v.getDouble() != 0);
            case STRING, SYMBOL -> {
                String s = v.getString().strip();
                if (s.equalsIgnoreCase("true")) {
                    out.setBool(true);
                } else if (s.equalsIgnoreCase("false")) {
                    out.setBool(false);
                } else {
                    site.dataError(out, "cannot cast '" + v.getString() + "' to BOOL");
                }
            }
            default -> mismatch(v, CastTarget.of(CastTarget.Type.BOOL), out, site);
        }
    }

    // ---------------------------------------------------------------- numbers

    private static void toInteger(
            Slot v, CastTarget t, long min, long max, Slot out, CallSite site) {
        if (v.isLong()) {
            long x = v.getLong();
            if (x < min || x > max) {
                site.dataError(out, x + " is out of range for " + t);
            } else {
                out.setLong(x);
            }
            return;
        }
        Value number = numberOf(v, t, out, site);
        if (number == null) {
            return;
        }
        BigInteger x;
        switch (number.kind()) {
            case INT -> x = number.asBigInteger();
            case DECIMAL -> {
                BigDecimal d = number.asBigDecimal();
                if (!BoundedDecimals.mayFit(d, 20)) {
                    site.dataError(out, number + " is out of range for " + t);
                    return;
                }
                x = BoundedDecimals.setScale(d, 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
            }
            default -> {
                double d = number.asDouble();
                if (!Double.isFinite(d)) {
                    site.dataError(out, d + " is out of range for " + t);
                    return;
                }
                x = new BigDecimal(d).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
            }
        }
        if (x.bitLength() > 63 || x.longValue() < min || x.longValue() > max) {
            site.dataError(out, number + " is out of range for " + t);
        } else {
            out.setLong(x.longValue());
        }
    }

    private static void toDecimal(Slot v, CastTarget t, Slot out, CallSite site) {
        if (t.precision() != CastTarget.UNSPECIFIED
                && CompactDecimals.castDecimal(v, t.precision(), t.scale(), out)) {
            return; // on longs, as below (the common JSON price), without a BigDecimal
        }
        Value number = numberOf(v, t, out, site);
        if (number == null) {
            return;
        }
        if (number.kind() == ValueKind.FLOAT && !Double.isFinite(number.asDouble())) {
            site.dataError(out, number + " cannot be a DECIMAL");
            return;
        }
        BigDecimal d =
                number.kind() == ValueKind.FLOAT
                        ? BigDecimal.valueOf(number.asDouble())
                        : number.asBigDecimal();
        if (t.precision() != CastTarget.UNSPECIFIED) {
            int scale = Math.max(t.scale(), 0);
            if (!BoundedDecimals.mayFit(d, t.precision() - scale)) {
                site.dataError(out, number + " does not fit " + t);
                return;
            }
            d = BoundedDecimals.setScale(d, t.scale(), RoundingMode.HALF_UP);
            if (d.signum() != 0 && d.precision() > t.precision()) {
                site.dataError(out, number + " does not fit " + t);
                return;
            }
        } else if (t.scale() != CastTarget.UNSPECIFIED) {
            d = BoundedDecimals.setScale(d, t.scale(), RoundingMode.HALF_UP);
            if (d == null) {
                site.dataError(out, number + " does not fit " + t);
                return;
            }
        }
        Numbers.setDecimal(out, d);
    }

    private static void toFloat(Slot v, CastTarget t, Slot out, CallSite site) {
        Value number = numberOf(v, t, out, site);
        if (number == null) {
            return;
        }
        double d = number.asDouble();
        if (t.type() == CastTarget.Type.REAL) {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                site.dataError(out, number + " is out of range for REAL");
                return;
            }
            d = f;
        }
        out.setDouble(d);
    }

    /** The number to convert: BOOL as 1/0, numbers, number text; null after a report. */
    private static Value numberOf(Slot v, CastTarget t, Slot out, CallSite site) {
        switch (v.kind()) {
            case BOOL:
                return Value.ofLong(v.getBool() ? 1 : 0);
            case INT:
            case DECIMAL:
            case FLOAT:
                return v.toValue();
            case STRING:
            case SYMBOL:
                Value n = NumberText.parse(v.getString());
                if (n == null) {
                    site.dataError(out, "cannot cast '" + v.getString() + "' to " + t);
                }
                return n;
            default:
                mismatch(v, t, out, site);
                return null;
        }
    }

    // ---------------------------------------------------------------- text and LOBs

    private static void toText(Slot v, CastTarget t, Slot out, CallSite site) {
        String s = textOf(v, t, out, site);
        if (s == null) {
            return;
        }
        switch (t.type()) {
            case SYMBOL -> out.setValue(Value.ofSymbol(s));
            case VARCHAR ->
                    out.setString(
                            t.precision() == CastTarget.UNSPECIFIED
                                    ? s
                                    : StringFunctions.codePointRange(s, 1, 1L + t.precision()));
            case CHAR -> out.setString(padOrTruncate(s, t.precision()));
            default -> {
                if (v.kind() == ValueKind.STRING) {
                    out.copyFrom(v);
                } else {
                    out.setString(s);
                }
            }
        }
    }

    /** The text of a value cast to a string type, or null after a report. */
    private static String textOf(Slot v, CastTarget t, Slot out, CallSite site) {
        switch (v.kind()) {
            case STRING:
            case SYMBOL:
                return v.getString();
            case BOOL:
                return v.getBool() ? "true" : "false";
            case INT:
                return v.isLong() ? Long.toString(v.getLong()) : Numbers.bigInteger(v).toString();
            case DECIMAL:
                return v.toValue().asBigDecimal().toPlainString();
            case FLOAT:
                return Double.toString(v.getDouble());
            case DATE:
            case TIME:
            case TIMESTAMP:
                return DateTimeText.format(v.toValue());
            case INTERVAL_YEAR_MONTH:
            case INTERVAL_DAY_TIME:
                StringBuilder sb = new StringBuilder();
                Value i = v.toValue();
                if (v.kind() == ValueKind.INTERVAL_YEAR_MONTH) {
                    TemporalText.appendYearMonth(sb, (IntervalYearMonthValue) i);
                } else {
                    TemporalText.appendDayTime(sb, (IntervalDayTimeValue) i);
                }
                return sb.toString();
            case CLOB:
                return new String(v.toValue().asBytes(), StandardCharsets.UTF_8);
            default:
                mismatch(v, t, out, site);
                return null;
        }
    }

    private static String padOrTruncate(String s, int length) {
        int count = s.codePointCount(0, s.length());
        if (count == length) {
            return s;
        }
        if (count > length) {
            return StringFunctions.codePointRange(s, 1, 1L + length);
        }
        StringBuilder sb = new StringBuilder(s.length() + length - count).append(s);
        for (int i = count; i < length; i++) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static void toClob(Slot v, CastTarget t, Slot out, CallSite site) {
        ValueKind k = v.kind();
        if (k == ValueKind.CLOB) {
            out.copyFrom(v);
        } else if (k.isText()) {
            out.setValue(Value.ofClob(v.getString().getBytes(StandardCharsets.UTF_8)));
        } else {
            mismatch(v, t, out, site);
        }
    }

    // ---------------------------------------------------------------- containers

    private static void toCollection(Slot v, CastTarget t, Slot out, CallSite site) {
        ValueKind k = v.kind();
        if (!k.isCollection()) {
            mismatch(v, t, out, site);
            return;
        }
        Value c = v.toValue();
        ValueKind want =
                switch (t.type()) {
                    case LIST -> ValueKind.LIST;
                    case BAG -> ValueKind.BAG;
                    default -> ValueKind.SEXP;
                };
        if (k == want) {
            out.copyFrom(v);
            return;
        }
        Value[] elements = new Value[c.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = c.get(i);
        }
        out.setValue(
                switch (want) {
                    case LIST -> ListValue.wrap(elements);
                    case BAG -> BagValue.wrap(elements);
                    default -> SexpValue.wrap(elements);
                });
    }

    private static void same(Slot v, ValueKind kind, CastTarget t, Slot out, CallSite site) {
        if (v.kind() == kind) {
            out.copyFrom(v);
        } else {
            mismatch(v, t, out, site);
        }
    }

    /** Reports that {@code v}'s type cannot be cast to {@code t}. */
    static void mismatch(Slot v, CastTarget t, Slot out, CallSite site) {
        site.typeError(out, "cannot cast " + v.kind().displayName() + " to " + t);
    }
}
