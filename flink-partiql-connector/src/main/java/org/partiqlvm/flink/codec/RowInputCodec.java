package org.partiqlvm.flink.codec;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.types.Row;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads a Flink {@link Row} as a struct whose fields are the given names, in order. A top-level row
 * is read by name when it has named fields, otherwise by position. Nested rows become structs (of
 * their own field names, or {@code _1}, {@code _2}... for positional rows), arrays and lists become
 * lists, other collections bags, null fields NULL; other field values map as {@link
 * JavaValues#fromJava} does.
 */
@PublicEvolving
public final class RowInputCodec implements InputCodec<Row> {

    private static final long serialVersionUID = 1L;

    private final String[] fieldNames;

    /** A codec for rows with these fields, in order (the {@code RowTypeInfo}'s field names). */
    public RowInputCodec(String... fieldNames) {
        if (fieldNames.length == 0) {
            throw new IllegalArgumentException("RowInputCodec needs at least one field name");
        }
        this.fieldNames = fieldNames.clone();
    }

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(Row record) {
        if (record == null) {
            throw new ValueDecodeException("null record");
        }
        Set<String> named = record.getFieldNames(false);
        if (named == null && record.getArity() != fieldNames.length) {
            throw new ValueDecodeException(
                    "row has "
                            + record.getArity()
                            + " field(s), expected "
                            + fieldNames.length
                            + " "
                            + Arrays.toString(fieldNames));
        }
        Value[] values = new Value[fieldNames.length];
        for (int i = 0; i < fieldNames.length; i++) {
            Object field;
            try {
                field = named == null ? record.getField(i) : record.getField(fieldNames[i]);
            } catch (IllegalArgumentException e) {
                throw new ValueDecodeException("row has no field '" + fieldNames[i] + "'", e);
            }
            values[i] = toValue(field);
        }
        return StructValue.wrap(fieldNames, values); // never modified, safe to share
    }

    /** Flink rows (nested ones) as structs, for the shared walk of the Java objects. */
    private static final JavaValues.ObjectReader ROWS =
            (o, parts) -> o instanceof Row row ? rowToStruct(row, parts) : null;

    private static Value toValue(Object o) {
        try {
            return JavaValues.fromJava(o, ROWS);
        } catch (IllegalArgumentException e) {
            throw new ValueDecodeException("unsupported field value: " + e.getMessage(), e);
        }
    }

    private static StructValue rowToStruct(Row row, Function<Object, Value> parts) {
        Set<String> names = row.getFieldNames(true);
        StructValue.Builder struct = StructValue.builder();
        if (names != null) {
            for (String name : names) {
                struct.add(name, parts.apply(row.getField(name)));
            }
        } else {
            for (int i = 0; i < row.getArity(); i++) {
                struct.add("_" + (i + 1), parts.apply(row.getField(i)));
            }
        }
        return struct.build();
    }
}
