package org.partiqlvm.flink.codec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.flink.annotation.Internal;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The one conversion table of the typed output codecs ({@link RowOutputCodec}, {@link
 * RowDataOutputCodec}, {@link PojoOutputCodec}): which value kinds fit a field of each scalar type,
 * and the Java object they become. Each codec maps its own type description (a {@code
 * TypeInformation}, a {@code LogicalType}, a property's class) to one entry and wraps the result as
 * its records need ({@code StringData}, {@code DecimalData}, ...).
 *
 * <table>
 *   <caption>What fits</caption>
 *   <tr><th>Entry</th><th>Java</th><th>Values that fit</th></tr>
 *   <tr><td>BOOLEAN</td><td>Boolean</td><td>BOOL</td></tr>
 *   <tr><td>BYTE, SHORT, INT, LONG</td><td>Byte, Short, Integer, Long</td><td>INT within the
 *       type's range</td></tr>
 *   <tr><td>FLOAT, DOUBLE</td><td>Float, Double</td><td>any number (rounded)</td></tr>
 *   <tr><td>DECIMAL</td><td>BigDecimal</td><td>INT, DECIMAL, and a finite FLOAT as its shortest
 *       decimal text ({@link BigDecimal#valueOf(double)}: 0.1e0 gives 0.1); NaN and infinities do
 *       not fit</td></tr>
 *   <tr><td>STRING</td><td>String</td><td>STRING, SYMBOL</td></tr>
 *   <tr><td>BYTES</td><td>byte[] (a copy)</td><td>BLOB, CLOB</td></tr>
 *   <tr><td>DATE</td><td>LocalDate</td><td>DATE</td></tr>
 *   <tr><td>TIME</td><td>LocalTime</td><td>TIME (with a time zone: its local time)</td></tr>
 *   <tr><td>TIMESTAMP</td><td>LocalDateTime</td><td>TIMESTAMP (with a time zone: its local date
 *       and time)</td></tr>
 * </table>
 *
 * <p>MISSING and NULL are each codec's business (a null field, or an error for a primitive), never
 * passed here.
 */
@Internal
enum ColumnConversion {
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    DECIMAL,
    STRING,
    BYTES,
    DATE,
    TIME,
    TIMESTAMP;

    /** The entry for a Java class (primitive or boxed), or null when the table has none. */
    static ColumnConversion forClass(Class<?> c) {
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        } else if (c == byte.class || c == Byte.class) {
            return BYTE;
        } else if (c == short.class || c == Short.class) {
            return SHORT;
        } else if (c == int.class || c == Integer.class) {
            return INT;
        } else if (c == long.class || c == Long.class) {
            return LONG;
        } else if (c == float.class || c == Float.class) {
            return FLOAT;
        } else if (c == double.class || c == Double.class) {
            return DOUBLE;
        } else if (c == BigDecimal.class) {
            return DECIMAL;
        } else if (c == String.class) {
            return STRING;
        } else if (c == byte[].class) {
            return BYTES;
        } else if (c == LocalDate.class) {
            return DATE;
        } else if (c == LocalTime.class) {
            return TIME;
        } else if (c == LocalDateTime.class) {
            return TIMESTAMP;
        }
        return null;
    }

    /**
     * Column {@code i} of {@code row} (neither MISSING nor NULL) as this entry's Java object, or
     * null when it does not fit: {@link #fromValue} of the column's value, read straight from the
     * row's slot for the common scalars (no {@code Value} made).
     */
    Object fromColumn(ResultRow row, int i) {
        ValueKind kind = row.kind(i);
        switch (this) {
            case BOOLEAN:
                return kind == ValueKind.BOOL ? (Object) row.getBoolean(i) : null;
            case LONG:
                return row.isLong(i) ? (Object) row.getLong(i) : null;
            case INT:
            case SHORT:
            case BYTE:
                return row.isLong(i) ? integral(row.getLong(i)) : null;
            case DOUBLE:
                return kind.isNumber() ? (Object) row.getDouble(i) : null;
            case FLOAT:
                return kind.isNumber() ? (Object) (float) row.getDouble(i) : null;
            case DECIMAL:
                return kind == ValueKind.FLOAT
                        ? decimalOf(row.getDouble(i))
                        : fromValue(row.getValue(i));
            case STRING:
                return kind.isText() ? row.getString(i) : null;
            default:
                return fromValue(row.getValue(i));
        }
    }

    /**
     * {@code v} (neither MISSING nor NULL) as this entry's Java object, or null if it does not fit.
     */
    Object fromValue(Value v) {
        ValueKind kind = v.kind();
        switch (this) {
            case BOOLEAN:
                return kind == ValueKind.BOOL ? (Object) v.booleanValue() : null;
            case LONG:
                return v.fitsLong() ? (Object) v.asLong() : null;
            case INT:
            case SHORT:
            case BYTE:
                return v.fitsLong() ? integral(v.asLong()) : null;
            case DOUBLE:
                return kind.isNumber() ? (Object) v.asDouble() : null;
            case FLOAT:
                return kind.isNumber() ? (Object) (float) v.asDouble() : null;
            case DECIMAL:
                if (kind == ValueKind.FLOAT) {
                    return decimalOf(v.asDouble());
                }
                return kind == ValueKind.INT || kind == ValueKind.DECIMAL ? v.asBigDecimal() : null;
            case STRING:
                return kind.isText() ? v.asString() : null;
            case BYTES:
                return kind == ValueKind.BLOB || kind == ValueKind.CLOB
                        ? v.asBytes().clone()
                        : null;
            case DATE:
                return v instanceof DateValue d ? d.date() : null;
            case TIME:
                return v instanceof TimeValue t ? t.time() : null;
            case TIMESTAMP:
                return v instanceof TimestampValue t ? t.dateTime() : null;
            default:
                throw new AssertionError(this);
        }
    }

    /** {@code l} as this narrow integral type, or null when it is out of range. */
    private Object integral(long l) {
        switch (this) {
            case INT:
                return (int) l == l ? (Object) (int) l : null;
            case SHORT:
                return (short) l == l ? (Object) (short) l : null;
            case BYTE:
                return (byte) l == l ? (Object) (byte) l : null;
            default:
                throw new AssertionError(this);
        }
    }

    private static BigDecimal decimalOf(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
}
