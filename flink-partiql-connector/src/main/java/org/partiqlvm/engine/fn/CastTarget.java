package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.TypeName;

/**
 * The type of a {@code CAST}, {@code CAN_CAST}, {@code CAN_LOSSLESS_CAST} or {@code IS} with its
 * parameters: {@code DECIMAL(5, 2)}, {@code VARCHAR(10)}, {@code TIME(3) WITH TIME ZONE}, {@code
 * INTERVAL DAY(3) TO SECOND(6)}. Immutable and {@link Serializable}: the plan compiler builds one
 * from the AST's {@link TypeName} ({@link #fromTypeName}) and keeps it in the compiled plan.
 *
 * <p>A parameter not written is {@link #UNSPECIFIED}: DECIMAL keeps the value's precision and
 * scale, VARCHAR has no length limit, TIME and TIMESTAMP keep the value's fractional digits,
 * intervals default to the SQL precisions (leading field 2, fraction 6).
 */
public final class CastTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A parameter that was not written. */
    public static final int UNSPECIFIED = -1;

    /** The base types. */
    public enum Type {
        /** {@code NULL}: only for {@code IS NULL}; casting to it is an error. */
        NULL,
        /** {@code MISSING}: only for {@code IS MISSING}; casting to it is an error. */
        MISSING,
        /** {@code ANY}: every value; a cast to it is the identity. */
        ANY,
        BOOL,
        /** 16-bit integer. */
        SMALLINT,
        /** 32-bit integer ({@code INT}, {@code INTEGER}, {@code INT4}). */
        INT,
        /** 64-bit integer ({@code BIGINT}, {@code INT8}). */
        BIGINT,
        /** {@code DECIMAL(p, s)}, {@code NUMERIC}. */
        DECIMAL,
        /** 32-bit float ({@code REAL}, {@code FLOAT(p)} with p at most 24), held as a FLOAT. */
        REAL,
        /** 64-bit float ({@code DOUBLE PRECISION}, {@code FLOAT}). */
        DOUBLE,
        STRING,
        /** {@code VARCHAR(n)}: a STRING of at most n code points (longer values are truncated). */
        VARCHAR,
        /** {@code CHAR(n)}: a STRING of exactly n code points (padded with spaces or truncated). */
        CHAR,
        SYMBOL,
        BLOB,
        CLOB,
        DATE,
        TIME,
        TIMESTAMP,
        INTERVAL_YEAR_MONTH,
        INTERVAL_DAY_TIME,
        LIST,
        BAG,
        SEXP,
        /** {@code STRUCT} or {@code TUPLE}. */
        STRUCT
    }

    private final Type type;
    private final int precision;
    private final int scale;
    private final boolean withTimeZone;
    private final DatetimeField intervalStart;
    private final DatetimeField intervalEnd;

    private CastTarget(
            Type type,
            int precision,
            int scale,
            boolean withTimeZone,
            DatetimeField intervalStart,
            DatetimeField intervalEnd) {
        this.type = Objects.requireNonNull(type, "type");
        this.precision = precision;
        this.scale = scale;
        this.withTimeZone = withTimeZone;
        this.intervalStart = intervalStart;
        this.intervalEnd = intervalEnd;
    }

    /** A type without parameters ({@code INT}, {@code STRING}, {@code BAG}, ...). */
    public static CastTarget of(Type type) {
        return new CastTarget(type, UNSPECIFIED, UNSPECIFIED, false, null, null);
    }

    /** {@code DECIMAL(precision, scale)}; either may be {@link #UNSPECIFIED}. */
    public static CastTarget decimal(int precision, int scale) {
        if (precision != UNSPECIFIED && (precision < 1 || precision > 1000)) {
            throw new IllegalArgumentException(
                    "DECIMAL precision must be 1..1000, got " + precision);
        }
        if (scale != UNSPECIFIED
                && (scale < 0 || (precision != UNSPECIFIED && scale > precision))) {
            throw new IllegalArgumentException(
                    "DECIMAL scale must be 0.." + precision + ", got " + scale);
        }
        int s = precision != UNSPECIFIED && scale == UNSPECIFIED ? 0 : scale;
        return new CastTarget(Type.DECIMAL, precision, s, false, null, null);
    }

    /** {@code VARCHAR(length)} or {@code CHAR(length)}; the length may be {@link #UNSPECIFIED}. */
    public static CastTarget text(Type type, int length) {
        if (type != Type.VARCHAR && type != Type.CHAR) {
            throw new IllegalArgumentException(type + " takes no length");
        }
        if (length != UNSPECIFIED && length < 1) {
            throw new IllegalArgumentException(type + " length must be positive, got " + length);
        }
        int n = type == Type.CHAR && length == UNSPECIFIED ? 1 : length;
        return new CastTarget(type, n, UNSPECIFIED, false, null, null);
    }

    /** {@code TIME(precision)} or {@code TIMESTAMP(precision)}, with or without time zone. */
    public static CastTarget datetime(Type type, int precision, boolean withTimeZone) {
        if (type != Type.TIME && type != Type.TIMESTAMP) {
            throw new IllegalArgumentException(type + " is not TIME or TIMESTAMP");
        }
        if (precision != UNSPECIFIED && (precision < 0 || precision > 9)) {
            throw new IllegalArgumentException(
                    "fractional seconds precision must be 0..9, got " + precision);
        }
        return new CastTarget(type, precision, UNSPECIFIED, withTimeZone, null, null);
    }

    /**
     * {@code INTERVAL start(leading) [TO end(fraction)]}: {@code end} null for a single field;
     * precisions may be {@link #UNSPECIFIED} (leading 2, fraction 6).
     */
    public static CastTarget interval(
            DatetimeField start, int leadingPrecision, DatetimeField end, int fractionalPrecision) {
        Objects.requireNonNull(start, "start");
        if (start == DatetimeField.TIMEZONE_HOUR || start == DatetimeField.TIMEZONE_MINUTE) {
            throw new IllegalArgumentException("no interval of " + start);
        }
        boolean yearMonth = start == DatetimeField.YEAR || start == DatetimeField.MONTH;
        if (end != null) {
            boolean endYearMonth = end == DatetimeField.YEAR || end == DatetimeField.MONTH;
            if (end.ordinal() <= start.ordinal()
                    || endYearMonth != yearMonth
                    || end.ordinal() > DatetimeField.SECOND.ordinal()) {
                throw new IllegalArgumentException(
                        "bad interval qualifier " + start + " TO " + end);
            }
        }
        if (leadingPrecision != UNSPECIFIED && (leadingPrecision < 1 || leadingPrecision > 9)) {
            throw new IllegalArgumentException(
                    "interval leading field precision must be 1..9, got " + leadingPrecision);
        }
        if (fractionalPrecision != UNSPECIFIED
                && (fractionalPrecision < 0 || fractionalPrecision > 9)) {
            throw new IllegalArgumentException(
                    "interval fractional precision must be 0..9, got " + fractionalPrecision);
        }
        return new CastTarget(
                yearMonth ? Type.INTERVAL_YEAR_MONTH : Type.INTERVAL_DAY_TIME,
                leadingPrecision,
                fractionalPrecision,
                false,
                start,
                end);
    }

    /**
     * The target of a type name as written in the statement.
     *
     * @throws TypeNameException for an unknown name or bad parameters, with the name's position
     */
    public static CastTarget fromTypeName(TypeName name) {
        try {
            return build(name);
        } catch (IllegalArgumentException e) {
            throw new TypeNameException(e.getMessage(), name.span());
        }
    }

    private static CastTarget build(TypeName t) {
        List<Integer> p = t.parameters();
        String n = t.name();
        switch (n) {
            case "NULL":
            case "MISSING":
            case "ANY":
            case "BOOL":
            case "SMALLINT":
            case "INT":
            case "BIGINT":
            case "REAL":
            case "STRING":
            case "SYMBOL":
            case "BLOB":
            case "CLOB":
            case "DATE":
            case "LIST":
            case "BAG":
            case "SEXP":
            case "STRUCT":
                return simple(Type.valueOf(n), t);
            case "BOOLEAN":
                return simple(Type.BOOL, t);
            case "INT2":
            case "INTEGER2":
                return simple(Type.SMALLINT, t);
            case "INTEGER":
            case "INT4":
            case "INTEGER4":
                return simple(Type.INT, t);
            case "INT8":
            case "INTEGER8":
                return simple(Type.BIGINT, t);
            case "ARRAY":
                return simple(Type.LIST, t);
            case "TUPLE":
                return simple(Type.STRUCT, t);
            case "DOUBLE PRECISION":
                return simple(Type.DOUBLE, t);
            case "FLOAT":
                if (p.isEmpty()) {
                    return of(Type.DOUBLE);
                }
                int bits = p.get(0);
                if (bits < 1 || bits > 53) {
                    throw new IllegalArgumentException(
                            "FLOAT precision must be 1..53, got " + bits);
                }
                return of(bits <= 24 ? Type.REAL : Type.DOUBLE);
            case "DECIMAL":
            case "DEC":
            case "NUMERIC":
                return decimal(
                        p.isEmpty() ? UNSPECIFIED : p.get(0),
                        p.size() < 2 ? UNSPECIFIED : p.get(1));
            case "VARCHAR":
            case "CHARACTER VARYING":
            case "CHAR VARYING":
                return text(Type.VARCHAR, p.isEmpty() ? UNSPECIFIED : p.get(0));
            case "CHAR":
            case "CHARACTER":
                return text(Type.CHAR, p.isEmpty() ? UNSPECIFIED : p.get(0));
            case "TIME":
            case "TIMESTAMP":
                return datetime(
                        Type.valueOf(n), p.isEmpty() ? UNSPECIFIED : p.get(0), t.withTimeZone());
            case "INTERVAL":
                IntervalQualifier q = t.interval();
                if (q == null) {
                    throw new IllegalArgumentException(
                            "INTERVAL needs its fields, e.g. INTERVAL DAY TO SECOND");
                }
                return interval(
                        q.start(),
                        q.startPrecision() == null ? UNSPECIFIED : q.startPrecision(),
                        q.end(),
                        q.fractionalPrecision() == null ? UNSPECIFIED : q.fractionalPrecision());
            default:
                throw new IllegalArgumentException(
                        "unknown type "
                                + n
                                + "; expected BOOL, SMALLINT, INT, BIGINT, DECIMAL, REAL, FLOAT,"
                                + " DOUBLE PRECISION, STRING, VARCHAR, CHAR, SYMBOL, BLOB, CLOB,"
                                + " DATE, TIME, TIMESTAMP, INTERVAL, LIST, BAG, SEXP, STRUCT, ANY,"
                                + " NULL or MISSING");
        }
    }

    private static CastTarget simple(Type type, TypeName t) {
        if (!t.parameters().isEmpty()) {
            throw new IllegalArgumentException(t.name() + " takes no parameters");
        }
        return of(type);
    }

    /** The base type. */
    public Type type() {
        return type;
    }

    /**
     * DECIMAL precision, VARCHAR/CHAR length, TIME/TIMESTAMP fractional digits or interval leading
     * field precision; {@link #UNSPECIFIED} when not written.
     */
    public int precision() {
        return precision;
    }

    /**
     * DECIMAL scale or interval fractional seconds precision; {@link #UNSPECIFIED} if not written.
     */
    public int scale() {
        return scale;
    }

    /** For TIME and TIMESTAMP: WITH TIME ZONE. */
    public boolean withTimeZone() {
        return withTimeZone;
    }

    /** The leading field of an interval type, else null. */
    public DatetimeField intervalStart() {
        return intervalStart;
    }

    /** The trailing field of a two-field interval type, else null. */
    public DatetimeField intervalEnd() {
        return intervalEnd;
    }

    /** False for NULL and MISSING, which only {@code IS} accepts. */
    public boolean isCastable() {
        return type != Type.NULL && type != Type.MISSING;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CastTarget c
                && c.type == type
                && c.precision == precision
                && c.scale == scale
                && c.withTimeZone == withTimeZone
                && c.intervalStart == intervalStart
                && c.intervalEnd == intervalEnd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, precision, scale, withTimeZone, intervalStart, intervalEnd);
    }

    /** The type in SQL syntax, e.g. {@code DECIMAL(5,2)} or {@code TIME(3) WITH TIME ZONE}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        switch (type) {
            case INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME -> {
                sb.append("INTERVAL ").append(intervalStart);
                boolean fractionOnStart =
                        intervalEnd == null && intervalStart == DatetimeField.SECOND;
                if (precision != UNSPECIFIED || (fractionOnStart && scale != UNSPECIFIED)) {
                    sb.append('(').append(precision == UNSPECIFIED ? 2 : precision);
                    if (fractionOnStart && scale != UNSPECIFIED) {
                        sb.append(',').append(scale);
                    }
                    sb.append(')');
                }
                if (intervalEnd != null) {
                    sb.append(" TO ").append(intervalEnd);
                    if (intervalEnd == DatetimeField.SECOND && scale != UNSPECIFIED) {
                        sb.append('(').append(scale).append(')');
                    }
                }
            }
            case DOUBLE -> sb.append("DOUBLE PRECISION");
            default -> {
                sb.append(type.name());
                if (precision != UNSPECIFIED) {
                    sb.append('(').append(precision);
                    if (type == Type.DECIMAL && scale != UNSPECIFIED) {
                        sb.append(',').append(scale);
                    }
                    sb.append(')');
                }
                if (withTimeZone) {
                    sb.append(" WITH TIME ZONE");
                }
            }
        }
        return sb.toString();
    }
}
