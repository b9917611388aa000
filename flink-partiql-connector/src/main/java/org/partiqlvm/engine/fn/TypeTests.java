package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The {@code value IS [NOT] <type>} predicate: never unknown, never an error.
 *
 * <ul>
 *   <li>{@code IS NULL} is true for NULL and MISSING ({@code MISSING IS NULL}, null.ion); {@code IS
 *       MISSING} only for MISSING; {@code IS ANY} for every value except MISSING. An unknown value
 *       is of no other type.
 *   <li>{@code IS INT} (any spelling) accepts every INT, as PartiQL's INT is unbounded; {@code IS
 *       SMALLINT} and {@code IS BIGINT} check the range ({@code 40000 IS SMALLINT} is false);
 *       {@code IS DECIMAL(p, s)}: a DECIMAL whose fraction has at most s digits and whose integer
 *       part at most p - s ({@code 0123.456 IS DECIMAL(6,3)}; is-operators.ion); REAL, FLOAT and
 *       DOUBLE PRECISION: FLOAT values.
 *   <li>STRING, VARCHAR(n) (at most n code points), CHAR(n) (exactly n); SYMBOL; TIME and TIMESTAMP
 *       match the time zone presence (and at most p fractional digits when written); intervals
 *       their family; collections and STRUCT their kind.
 * </ul>
 */
public final class TypeTests {

    private TypeTests() {}

    /** {@code v IS type}. Allocation-free except for DECIMAL(p, s) checks. */
    public static boolean isType(Slot v, CastTarget type) {
        ValueKind k = v.kind();
        switch (type.type()) {
            case NULL:
                return k.isUnknown();
            case MISSING:
                return k == ValueKind.MISSING;
            case ANY:
                return k != ValueKind.MISSING;
            default:
                if (k.isUnknown()) {
                    return false;
                }
                return known(v, k, type);
        }
    }

    /** Stores {@code v IS type} (or {@code IS NOT} when {@code not}) as a BOOL. */
    public static void isType(Slot v, CastTarget type, boolean not, Slot out) {
        out.setBool(isType(v, type) != not);
    }

    private static boolean known(Slot v, ValueKind k, CastTarget type) {
        switch (type.type()) {
            case BOOL:
                return k == ValueKind.BOOL;
            case SMALLINT:
                return inRange(v, k, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT:
                return k == ValueKind.INT;
            case BIGINT:
                return inRange(v, k, Long.MIN_VALUE, Long.MAX_VALUE);
            case DECIMAL:
                return k == ValueKind.DECIMAL && fitsDecimal(v.toValue().asBigDecimal(), type);
            case REAL:
            case DOUBLE:
                return k == ValueKind.FLOAT;
            case STRING:
                return k == ValueKind.STRING;
            case VARCHAR:
            case CHAR:
                if (k != ValueKind.STRING) {
                    return false;
                }
                if (type.precision() == CastTarget.UNSPECIFIED) {
                    return true;
                }
                String s = v.getString();
                int n = s.codePointCount(0, s.length());
                return type.type() == CastTarget.Type.VARCHAR
                        ? n <= type.precision()
                        : n == type.precision();
            case SYMBOL:
                return k == ValueKind.SYMBOL;
            case BLOB:
                return k == ValueKind.BLOB;
            case CLOB:
                return k == ValueKind.CLOB;
            case DATE:
                return k == ValueKind.DATE;
            case TIME:
            case TIMESTAMP:
                return datetime(v, k, type);
            case INTERVAL_YEAR_MONTH:
                return k == ValueKind.INTERVAL_YEAR_MONTH;
            case INTERVAL_DAY_TIME:
                return k == ValueKind.INTERVAL_DAY_TIME;
            case LIST:
                return k == ValueKind.LIST;
            case BAG:
                return k == ValueKind.BAG;
            case SEXP:
                return k == ValueKind.SEXP;
            default:
                return k == ValueKind.STRUCT;
        }
    }

    private static boolean inRange(Slot v, ValueKind k, long min, long max) {
        if (k != ValueKind.INT || !v.isLong()) {
            return false;
        }
        long x = v.getLong();
        return x >= min && x <= max;
    }

    /** The DECIMAL(p, s) membership rule of is-operators.ion. */
    private static boolean fitsDecimal(BigDecimal d, CastTarget type) {
        if (type.precision() == CastTarget.UNSPECIFIED) {
            return true;
        }
        int p = type.precision();
        int s = type.scale() == CastTarget.UNSPECIFIED ? 0 : type.scale();
        if (Math.max(d.scale(), 0) > s) {
            return false;
        }
        return Math.max(0, BoundedDecimals.integerDigits(d)) <= p - s;
    }

    private static boolean datetime(Slot v, ValueKind k, CastTarget type) {
        boolean time = type.type() == CastTarget.Type.TIME;
        if (k != (time ? ValueKind.TIME : ValueKind.TIMESTAMP)) {
            return false;
        }
        Value value = v.toValue();
        int precision;
        boolean zoned;
        if (value instanceof TimeValue t) {
            precision = t.precision();
            zoned = t.hasTimeZone();
        } else {
            TimestampValue t = (TimestampValue) value;
            precision = t.precision();
            zoned = t.hasTimeZone();
        }
        return zoned == type.withTimeZone()
                && (type.precision() == CastTarget.UNSPECIFIED || precision <= type.precision());
    }
}
