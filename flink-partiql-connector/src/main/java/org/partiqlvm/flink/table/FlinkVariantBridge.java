package org.partiqlvm.flink.table;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.types.DataType;
import org.apache.flink.types.variant.Variant;
import org.apache.flink.types.variant.VariantBuilder;
import org.partiqlvm.value.BoolValue;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.json.JsonValueReader;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * {@link VariantBridge} for Flink 2.1+: values to and from {@link Variant}. Loaded only by {@link
 * VariantBridge#load()}; a build for a Flink without {@code VARIANT} leaves this file out.
 *
 * <p>Values to variants: BOOL → BOOLEAN, INT → BIGINT (DECIMAL beyond 64 bits), DECIMAL → DECIMAL,
 * FLOAT → DOUBLE, STRING/SYMBOL → STRING, BLOB/CLOB → BYTES, DATE → DATE, TIMESTAMP → TIMESTAMP
 * (with a time zone: TIMESTAMP_LTZ), LIST/BAG/SEXP → ARRAY, STRUCT → OBJECT (MISSING fields left
 * out; of repeated names the last wins), NULL and MISSING → variant null; TIME and intervals, which
 * a variant cannot hold, → their PartiQL text as STRING.
 */
final class FlinkVariantBridge implements VariantBridge {

    private static final VariantBuilder BUILDER = Variant.newBuilder();

    @Override
    public DataType dataType() {
        return DataTypes.VARIANT();
    }

    @Override
    public Object toVariant(Value value) {
        return of(value);
    }

    private static Variant of(Value v) {
        ValueKind kind = v.kind();
        switch (kind) {
            case MISSING:
            case NULL:
                return BUILDER.ofNull();
            case BOOL:
                return BUILDER.of(((BoolValue) v).booleanValue());
            case INT:
                return v.asBigInteger().bitLength() < 64
                        ? BUILDER.of(v.asLong())
                        : BUILDER.of(v.asBigDecimal());
            case DECIMAL:
                return BUILDER.of(v.asBigDecimal());
            case FLOAT:
                return BUILDER.of(v.asDouble());
            case STRING:
            case SYMBOL:
                return BUILDER.of(v.asString());
            case BLOB:
            case CLOB:
                return BUILDER.of(v.asBytes());
            case DATE:
                return BUILDER.of(((DateValue) v).date());
            case TIMESTAMP:
                TimestampValue ts = (TimestampValue) v;
                return ts.hasTimeZone()
                        ? BUILDER.of(ts.dateTime().toInstant(ts.offset()))
                        : BUILDER.of(ts.dateTime());
            case LIST:
            case BAG:
            case SEXP:
                VariantBuilder.VariantArrayBuilder array = BUILDER.array();
                CollectionValue c = (CollectionValue) v;
                for (int i = 0; i < c.size(); i++) {
                    array.add(of(c.get(i)));
                }
                return array.build();
            case STRUCT:
                VariantBuilder.VariantObjectBuilder object = BUILDER.object(true);
                StructValue s = (StructValue) v;
                for (int i = 0; i < s.fieldCount(); i++) {
                    Value field = s.fieldValue(i);
                    if (!field.isMissing()) {
                        object.add(s.fieldName(i), of(field));
                    }
                }
                return object.build();
            default:
                return BUILDER.of(JsonValueWriter.isoText(v));
        }
    }

    /** {@code Variant.getArraySize()} (Flink 2.3+), or null. */
    private static final MethodHandle ARRAY_SIZE = method("getArraySize", int.class);

    /** {@code Variant.getFieldNames()} (Flink 2.3+), or null. */
    private static final MethodHandle FIELD_NAMES = method("getFieldNames", List.class);

    private static MethodHandle method(String name, Class<?> returns) {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(Variant.class, name, MethodType.methodType(returns));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object call(MethodHandle method, Variant v) {
        try {
            return method.invoke(v);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A container variant read through its JSON text (Flink 2.1/2.2 cannot list its children). */
    private static Value fromJson(Variant v) {
        return JsonValueReader.standard().read(v.toJson());
    }

    @Override
    public Value fromVariant(Object variant) {
        return value((Variant) variant);
    }

    private static Value value(Variant v) {
        switch (v.getType()) {
            case NULL:
                return Value.NULL;
            case BOOLEAN:
                return Value.ofBool(v.getBoolean());
            case TINYINT:
                return Value.ofLong(v.getByte());
            case SMALLINT:
                return Value.ofLong(v.getShort());
            case INT:
                return Value.ofLong(v.getInt());
            case BIGINT:
                return Value.ofLong(v.getLong());
            case FLOAT:
                return Value.ofDouble(v.getFloat());
            case DOUBLE:
                return Value.ofDouble(v.getDouble());
            case DECIMAL:
                return Value.ofDecimal(v.getDecimal());
            case STRING:
                return Value.ofString(v.getString());
            case DATE:
                return Value.ofDate(v.getDate());
            case TIMESTAMP:
                return Value.ofTimestamp(v.getDateTime());
            case TIMESTAMP_LTZ:
                return Value.ofTimestamp(
                        v.getInstant().atOffset(ZoneOffset.UTC).toLocalDateTime(),
                        ZoneOffset.UTC,
                        9);
            case BYTES:
                return Value.ofBlob(v.getBytes());
            case ARRAY:
                if (ARRAY_SIZE == null) {
                    return fromJson(v);
                }
                Value[] elements = new Value[(int) call(ARRAY_SIZE, v)];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = value(v.getElement(i));
                }
                return ListValue.wrap(elements);
            case OBJECT:
                if (FIELD_NAMES == null) {
                    return fromJson(v);
                }
                StructValue.Builder struct = StructValue.builder();
                for (Object name : (List<?>) call(FIELD_NAMES, v)) {
                    struct.add((String) name, value(v.getField((String) name)));
                }
                return struct.build();
            default:
                return Value.ofString(v.toJson());
        }
    }
}
