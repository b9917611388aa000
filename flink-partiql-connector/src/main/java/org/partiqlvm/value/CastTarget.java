package org.partiqlvm.value;

import java.io.Serializable;
import java.util.Objects;

/**
 * The type of a {@code CAST}, {@code CAN_CAST}, {@code CAN_LOSSLESS_CAST} or {@code IS} with its
 * parameters: {@code DECIMAL(5, 2)}, {@code VARCHAR(10)}, {@code TIME(3) WITH TIME ZONE}, {@code
 * INTERVAL DAY(3) TO SECOND(6)}. Immutable and {@link Serializable}: the planner resolves the
 * statement's type name into one ({@code plan.TypeNames}), the plan's CAST and IS nodes carry it
 * and the engine's casts and type tests run with it, also inside a serialized compiled plan.
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
    private final IntervalField intervalStart;
    private final IntervalField intervalEnd;

    private CastTarget(
            Type type,
            int precision,
            int scale,
            boolean withTimeZone,
            IntervalField intervalStart,
            IntervalField intervalEnd) {
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
            IntervalField start, int leadingPrecision, IntervalField end, int fractionalPrecision) {
        Objects.requireNonNull(start, "start");
        boolean yearMonth = start.isYearMonth();
        String problem = IntervalText.qualifierProblem(start, end);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
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
    public IntervalField intervalStart() {
        return intervalStart;
    }

    /** The trailing field of a two-field interval type, else null. */
    public IntervalField intervalEnd() {
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
                        intervalEnd == null && intervalStart == IntervalField.SECOND;
                if (precision != UNSPECIFIED || (fractionOnStart && scale != UNSPECIFIED)) {
                    sb.append('(').append(precision == UNSPECIFIED ? 2 : precision);
                    if (fractionOnStart && scale != UNSPECIFIED) {
                        sb.append(',').append(scale);
                    }
                    sb.append(')');
                }
                if (intervalEnd != null) {
                    sb.append(" TO ").append(intervalEnd);
                    if (intervalEnd == IntervalField.SECOND && scale != UNSPECIFIED) {
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
