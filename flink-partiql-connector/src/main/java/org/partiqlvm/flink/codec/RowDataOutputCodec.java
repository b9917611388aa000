package org.partiqlvm.flink.codec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.table.data.DecimalData;
import org.apache.flink.table.data.GenericArrayData;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.data.TimestampData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.logical.ArrayType;
import org.apache.flink.table.types.logical.DecimalType;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.RowType;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.EvaluationException;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.value.BoolValue;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Emits each row as Flink's internal {@link RowData} ({@code GenericRowData}) of a given {@link
 * RowType}, typed {@code InternalTypeInfo}, for Table API / SQL pipelines. The plan's columns map
 * to the row type's fields by position. MISSING and NULL become null fields. Types: BOOLEAN (BOOL),
 * TINYINT…BIGINT (INT in range), FLOAT/DOUBLE (any number), DECIMAL(p, s) (a number rounded to s
 * that fits p digits), CHAR/VARCHAR (STRING, SYMBOL), BINARY/VARBINARY (BLOB, CLOB), DATE, TIME,
 * TIMESTAMP, ARRAY (LIST, BAG), ROW (STRUCT, fields by name). A value that does not fit makes the
 * record bad, naming the column.
 */
@PublicEvolving
public final class RowDataOutputCodec implements OutputCodec<RowData> {

    private static final long serialVersionUID = 1L;

    private final RowType type;
    private final String[] columns;

    private RowDataOutputCodec(RowType type, String[] columns) {
        this.type = type;
        this.columns = columns;
    }

    /**
     * A codec for the plan's columns as fields of {@code type}, by position.
     *
     * @throws IllegalArgumentException if the plan has value rows or the field count differs
     */
    public static RowDataOutputCodec of(CompiledPlan plan, RowType type) {
        Objects.requireNonNull(type, "type");
        if (plan.schema().valueRows()) {
            throw new IllegalArgumentException(
                    "RowDataOutputCodec needs named columns (a SELECT list), but the statement"
                            + " returns one value per row");
        }
        List<String> names = plan.schema().columnNames();
        if (names.size() != type.getFieldCount()) {
            throw new IllegalArgumentException(
                    "the row type has "
                            + type.getFieldCount()
                            + " field(s) for "
                            + names.size()
                            + " output column(s) "
                            + names);
        }
        return new RowDataOutputCodec(type, names.toArray(new String[0]));
    }

    @Override
    public RowData encode(ResultRow row) {
        GenericRowData out = new GenericRowData(columns.length);
        for (int i = 0; i < columns.length; i++) {
            LogicalType t = type.getTypeAt(i);
            ValueKind kind = row.kind(i);
            if (kind == ValueKind.MISSING || kind == ValueKind.NULL) {
                continue;
            }
            Object field = scalar(row, i, t);
            if (field == null) {
                field = internal(row.getValue(i), t);
            }
            if (field == null) {
                throw new EvaluationException(
                        "column "
                                + i
                                + " ('"
                                + columns[i]
                                + "') holds "
                                + kind.displayName()
                                + ", which does not fit its field type "
                                + t,
                        null,
                        null);
            }
            out.setField(i, field);
        }
        return out;
    }

    /**
     * Column {@code i} of {@code row} as Flink's internal object of type {@code t} (the conversions
     * of this class), or null when it is NULL, MISSING or does not fit {@code t}.
     */
    public static Object toInternal(ResultRow row, int i, LogicalType t) {
        if (row.kind(i).isUnknown()) {
            return null;
        }
        Object field = scalar(row, i, t);
        return field != null ? field : internal(row.getValue(i), t);
    }

    /**
     * {@code v} as Flink's internal object of type {@code t}, or null when it is NULL, MISSING or
     * does not fit {@code t}.
     */
    public static Object toInternal(Value v, LogicalType t) {
        return internal(v, t);
    }

    /** The common scalar cases straight from the row's slots, or null. */
    private static Object scalar(ResultRow row, int i, LogicalType t) {
        switch (t.getTypeRoot()) {
            case BIGINT:
                return row.isLong(i) ? (Object) row.getLong(i) : null;
            case DOUBLE:
                return row.kind(i).isNumber() ? (Object) row.getDouble(i) : null;
            case VARCHAR:
            case CHAR:
                return row.kind(i).isText() ? StringData.fromString(row.getString(i)) : null;
            case BOOLEAN:
                return row.kind(i) == ValueKind.BOOL ? (Object) row.getBoolean(i) : null;
            default:
                return null;
        }
    }

    /** {@code v} as Flink's internal object of type {@code t}, or null if it does not fit. */
    private static Object internal(Value v, LogicalType t) {
        ValueKind kind = v.kind();
        if (kind == ValueKind.NULL || kind == ValueKind.MISSING) {
            return null;
        }
        switch (t.getTypeRoot()) {
            case BOOLEAN:
                return v instanceof BoolValue b ? b.booleanValue() : null;
            case TINYINT:
                return integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE) ? (byte) v.asLong() : null;
            case SMALLINT:
                return integral(v, Short.MIN_VALUE, Short.MAX_VALUE) ? (short) v.asLong() : null;
            case INTEGER:
                return integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE) ? (int) v.asLong() : null;
            case BIGINT:
                return integral(v, Long.MIN_VALUE, Long.MAX_VALUE) ? v.asLong() : null;
            case FLOAT:
                return kind.isNumber() ? (float) v.asDouble() : null;
            case DOUBLE:
                return kind.isNumber() ? v.asDouble() : null;
            case DECIMAL:
                if (kind == ValueKind.INT || kind == ValueKind.DECIMAL) {
                    DecimalType d = (DecimalType) t;
                    BigDecimal bd = v.asBigDecimal();
                    return DecimalData.fromBigDecimal(bd, d.getPrecision(), d.getScale());
                }
                return null;
            case CHAR:
            case VARCHAR:
                return kind.isText() ? StringData.fromString(v.asString()) : null;
            case BINARY:
            case VARBINARY:
                return kind == ValueKind.BLOB || kind == ValueKind.CLOB ? v.asBytes() : null;
            case DATE:
                return v instanceof DateValue d ? (int) d.date().toEpochDay() : null;
            case TIME_WITHOUT_TIME_ZONE:
                return v instanceof TimeValue tv
                        ? (int) (tv.time().toNanoOfDay() / 1_000_000L)
                        : null;
            case TIMESTAMP_WITHOUT_TIME_ZONE:
                return v instanceof TimestampValue ts
                        ? TimestampData.fromLocalDateTime(ts.dateTime())
                        : null;
            case ARRAY:
                if (v instanceof CollectionValue c) {
                    LogicalType element = ((ArrayType) t).getElementType();
                    Object[] elements = new Object[c.size()];
                    for (int i = 0; i < elements.length; i++) {
                        Value e = c.get(i);
                        if (!e.isNull() && !e.isMissing()) {
                            elements[i] = internal(e, element);
                            if (elements[i] == null) {
                                return null;
                            }
                        }
                    }
                    return new GenericArrayData(elements);
                }
                return null;
            case ROW:
                if (v instanceof StructValue s) {
                    RowType rt = (RowType) t;
                    GenericRowData nested = new GenericRowData(rt.getFieldCount());
                    for (int i = 0; i < rt.getFieldCount(); i++) {
                        Value field = s.get(rt.getFieldNames().get(i));
                        if (field != null && !field.isNull() && !field.isMissing()) {
                            Object internal = internal(field, rt.getTypeAt(i));
                            if (internal == null) {
                                return null;
                            }
                            nested.setField(i, internal);
                        }
                    }
                    return nested;
                }
                return null;
            default:
                return null;
        }
    }

    private static boolean integral(Value v, long min, long max) {
        if (v.kind() != ValueKind.INT || v.asBigInteger().bitLength() >= 64) {
            return false;
        }
        long l = v.asLong();
        return l >= min && l <= max;
    }

    /** {@code InternalTypeInfo} of the row type. */
    @Override
    public TypeInformation<RowData> producedType() {
        return InternalTypeInfo.of(type);
    }
}
