package org.partiqlvm.flink.codec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Emits each row as Flink's internal {@link RowData} ({@code GenericRowData}) of a given {@link
 * RowType}, typed {@code InternalTypeInfo}, for Table API / SQL pipelines. The plan's columns map
 * to the row type's fields by position. MISSING and NULL become null fields. Types, with what fits
 * them as the typed output codecs' one table ({@code ColumnConversion}) says: BOOLEAN (BOOL),
 * TINYINT…BIGINT (INT in range), FLOAT/DOUBLE (any number), DECIMAL(p, s) (INT, DECIMAL or a finite
 * FLOAT, rounded to s, that fits p digits), CHAR/VARCHAR (STRING, SYMBOL), BINARY/VARBINARY (BLOB,
 * CLOB), DATE, TIME, TIMESTAMP, ARRAY (LIST, BAG), ROW (STRUCT, fields by name). A value that does
 * not fit makes the record bad, naming the column.
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
            ColumnConversion scalar = conversionOf(t);
            Object field =
                    scalar != null
                            ? internalScalar(scalar.fromColumn(row, i), t)
                            : internal(row.getValue(i), t);
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
        ColumnConversion scalar = conversionOf(t);
        return scalar != null
                ? internalScalar(scalar.fromColumn(row, i), t)
                : internal(row.getValue(i), t);
    }

    /**
     * {@code v} as Flink's internal object of type {@code t}, or null when it is NULL, MISSING or
     * does not fit {@code t}.
     */
    public static Object toInternal(Value v, LogicalType t) {
        return internal(v, t);
    }

    /** The table's entry for a scalar type, or null for ARRAY, ROW and the unsupported types. */
    private static ColumnConversion conversionOf(LogicalType t) {
        switch (t.getTypeRoot()) {
            case BOOLEAN:
                return ColumnConversion.BOOLEAN;
            case TINYINT:
                return ColumnConversion.BYTE;
            case SMALLINT:
                return ColumnConversion.SHORT;
            case INTEGER:
                return ColumnConversion.INT;
            case BIGINT:
                return ColumnConversion.LONG;
            case FLOAT:
                return ColumnConversion.FLOAT;
            case DOUBLE:
                return ColumnConversion.DOUBLE;
            case DECIMAL:
                return ColumnConversion.DECIMAL;
            case CHAR:
            case VARCHAR:
                return ColumnConversion.STRING;
            case BINARY:
            case VARBINARY:
                return ColumnConversion.BYTES;
            case DATE:
                return ColumnConversion.DATE;
            case TIME_WITHOUT_TIME_ZONE:
                return ColumnConversion.TIME;
            case TIMESTAMP_WITHOUT_TIME_ZONE:
                return ColumnConversion.TIMESTAMP;
            default:
                return null;
        }
    }

    /**
     * The table's Java object {@code java} (null: it did not fit) as Flink's internal object of
     * scalar type {@code t}, or null if it does not fit (a DECIMAL beyond the precision).
     */
    private static Object internalScalar(Object java, LogicalType t) {
        if (java instanceof String s) {
            return StringData.fromString(s);
        } else if (java instanceof BigDecimal bd) {
            DecimalType d = (DecimalType) t;
            return DecimalData.fromBigDecimal(bd, d.getPrecision(), d.getScale());
        } else if (java instanceof LocalDate date) {
            return (int) date.toEpochDay();
        } else if (java instanceof LocalTime time) {
            return (int) (time.toNanoOfDay() / 1_000_000L);
        } else if (java instanceof LocalDateTime dateTime) {
            return TimestampData.fromLocalDateTime(dateTime);
        }
        return java; // Boolean, Byte ... Double, byte[]: Flink's internal form already
    }

    /** {@code v} as Flink's internal object of type {@code t}, or null if it does not fit. */
    private static Object internal(Value v, LogicalType t) {
        ColumnConversion scalar = conversionOf(t);
        if (scalar != null) {
            return internalScalar(scalar.fromValue(v), t);
        }
        switch (t.getTypeRoot()) {
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

    /** {@code InternalTypeInfo} of the row type. */
    @Override
    public TypeInformation<RowData> producedType() {
        return InternalTypeInfo.of(type);
    }
}
