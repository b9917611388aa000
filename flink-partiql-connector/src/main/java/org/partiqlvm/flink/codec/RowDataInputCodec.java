package org.partiqlvm.flink.codec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.table.data.ArrayData;
import org.apache.flink.table.data.DecimalData;
import org.apache.flink.table.data.MapData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.data.TimestampData;
import org.apache.flink.table.types.logical.ArrayType;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.LogicalTypeRoot;
import org.apache.flink.table.types.logical.MapType;
import org.apache.flink.table.types.logical.MultisetType;
import org.apache.flink.table.types.logical.RowType;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads Flink's internal {@link RowData} (Table API / SQL rows) of a given {@link RowType} as a
 * struct of its fields. Types: BOOLEAN → BOOL; TINYINT…BIGINT → INT; FLOAT, DOUBLE → FLOAT; DECIMAL
 * → DECIMAL; CHAR, VARCHAR → STRING; BINARY, VARBINARY → BLOB; DATE → DATE; TIME → TIME; TIMESTAMP
 * → TIMESTAMP; TIMESTAMP_LTZ → TIMESTAMP WITH TIME ZONE (UTC); ARRAY → LIST; MAP with string keys →
 * STRUCT, other MAPs → a LIST of {@code {key, value}} structs; MULTISET → BAG (each element
 * repeated by its count); ROW → STRUCT; a null field → NULL.
 */
@PublicEvolving
public final class RowDataInputCodec implements InputCodec<RowData> {

    private static final long serialVersionUID = 1L;

    private final RowType type;

    /**
     * Field and element getters by (row or element) type, made once per subtask, not per record.
     */
    private transient IdentityHashMap<LogicalType, RowData.FieldGetter[]> fieldGetters;

    private transient IdentityHashMap<LogicalType, ArrayData.ElementGetter> elementGetters;

    /** A codec for rows of {@code type}. */
    public RowDataInputCodec(RowType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(RowData record) {
        if (record == null) {
            throw new ValueDecodeException("null record");
        }
        if (fieldGetters == null) {
            fieldGetters = new IdentityHashMap<>();
            elementGetters = new IdentityHashMap<>();
        }
        return row(record, type);
    }

    private StructValue row(RowData row, RowType type) {
        List<RowType.RowField> fields = type.getFields();
        if (row.getArity() != fields.size()) {
            throw new ValueDecodeException(
                    "row has " + row.getArity() + " fields, its type " + fields.size());
        }
        RowData.FieldGetter[] getters =
                fieldGetters.computeIfAbsent(type, RowDataInputCodec::newFieldGetters);
        StructValue.Builder struct = StructValue.builder();
        for (int i = 0; i < fields.size(); i++) {
            LogicalType t = fields.get(i).getType();
            Object internal = getters[i].getFieldOrNull(row);
            struct.add(fields.get(i).getName(), value(internal, t));
        }
        return struct.build();
    }

    private static RowData.FieldGetter[] newFieldGetters(LogicalType rowType) {
        List<LogicalType> types = ((RowType) rowType).getChildren();
        RowData.FieldGetter[] getters = new RowData.FieldGetter[types.size()];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = RowData.createFieldGetter(types.get(i), i);
        }
        return getters;
    }

    private ArrayData.ElementGetter elementGetter(LogicalType elementType) {
        return elementGetters.computeIfAbsent(elementType, ArrayData::createElementGetter);
    }

    private Value value(Object o, LogicalType t) {
        if (o == null) {
            return Value.NULL;
        }
        switch (t.getTypeRoot()) {
            case BOOLEAN:
                return Value.ofBool((Boolean) o);
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return Value.ofLong(((Number) o).longValue());
            case FLOAT:
            case DOUBLE:
                return Value.ofDouble(((Number) o).doubleValue());
            case DECIMAL:
                return Value.ofDecimal(((DecimalData) o).toBigDecimal());
            case CHAR:
            case VARCHAR:
                return Value.ofString(((StringData) o).toString());
            case BINARY:
            case VARBINARY:
                return Value.ofBlob((byte[]) o);
            case DATE:
                return Value.ofDate(LocalDate.ofEpochDay((Integer) o));
            case TIME_WITHOUT_TIME_ZONE:
                return Value.ofTime(LocalTime.ofNanoOfDay((Integer) o * 1_000_000L));
            case TIMESTAMP_WITHOUT_TIME_ZONE:
                return Value.ofTimestamp(((TimestampData) o).toLocalDateTime());
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return Value.ofTimestamp(
                        ((TimestampData) o).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime(),
                        ZoneOffset.UTC,
                        9);
            case ARRAY:
                return array((ArrayData) o, ((ArrayType) t).getElementType());
            case MAP:
                MapType map = (MapType) t;
                return map((MapData) o, map.getKeyType(), map.getValueType());
            case MULTISET:
                return multiset((MapData) o, ((MultisetType) t).getElementType());
            case ROW:
                return row((RowData) o, (RowType) t);
            default:
                throw new ValueDecodeException("unsupported field type " + t);
        }
    }

    private Value array(ArrayData array, LogicalType elementType) {
        ArrayData.ElementGetter getter = elementGetter(elementType);
        Value[] elements = new Value[array.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = value(getter.getElementOrNull(array, i), elementType);
        }
        return ListValue.wrap(elements);
    }

    private Value map(MapData map, LogicalType keyType, LogicalType valueType) {
        ArrayData.ElementGetter keys = elementGetter(keyType);
        ArrayData.ElementGetter values = elementGetter(valueType);
        boolean stringKeys =
                keyType.getTypeRoot() == LogicalTypeRoot.CHAR
                        || keyType.getTypeRoot() == LogicalTypeRoot.VARCHAR;
        if (stringKeys) {
            StructValue.Builder struct = StructValue.builder();
            for (int i = 0; i < map.size(); i++) {
                Object key = keys.getElementOrNull(map.keyArray(), i);
                struct.add(
                        String.valueOf(key),
                        value(values.getElementOrNull(map.valueArray(), i), valueType));
            }
            return struct.build();
        }
        Value[] entries = new Value[map.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] =
                    StructValue.builder()
                            .add("key", value(keys.getElementOrNull(map.keyArray(), i), keyType))
                            .add(
                                    "value",
                                    value(values.getElementOrNull(map.valueArray(), i), valueType))
                            .build();
        }
        return ListValue.wrap(entries);
    }

    private Value multiset(MapData counts, LogicalType elementType) {
        ArrayData.ElementGetter keys = elementGetter(elementType);
        ArrayList<Value> elements = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Value element = value(keys.getElementOrNull(counts.keyArray(), i), elementType);
            int n = counts.valueArray().getInt(i);
            for (int k = 0; k < n; k++) {
                elements.add(element);
            }
        }
        return BagValue.of(elements);
    }
}
