package org.partiqlvm.flink.codec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.types.Row;
import org.apache.flink.types.RowKind;
import org.apache.flink.types.RowUtils;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.OutputSchema;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ValueKind;

/**
 * Emits each row as a Flink {@link Row} with named fields, one per output column of the plan, typed
 * as the user declares ({@link #of}). MISSING and NULL columns become null fields. A value of the
 * wrong kind for its declared type is a bad record: {@link #encode} throws an {@link
 * EvaluationException} naming the column and the kind found, so the bad-record policy applies.
 *
 * <p>Supported field types, with what fits them as {@code ColumnConversion} says (the table all
 * typed output codecs share): {@code Types.LONG}, {@code INT}, {@code SHORT}, {@code BYTE} (INT in
 * range), {@code Types.DOUBLE}, {@code FLOAT} (any number), {@code Types.BIG_DEC} (INT, DECIMAL, a
 * finite FLOAT), {@code Types.STRING} (STRING, SYMBOL), {@code Types.BOOLEAN} (BOOL), {@code
 * Types.LOCAL_DATE}, {@code LOCAL_TIME}, {@code LOCAL_DATE_TIME} (DATE, TIME, TIMESTAMP) and {@code
 * Types.PRIMITIVE_ARRAY(Types.BYTE)} (BLOB, CLOB).
 */
@PublicEvolving
public final class RowOutputCodec implements OutputCodec<Row> {

    private static final long serialVersionUID = 1L;

    private final RowTypeInfo type;
    private final String[] names;
    private final ColumnConversion[] conversions;
    private transient LinkedHashMap<String, Integer> positionByName;

    private RowOutputCodec(RowTypeInfo type, String[] names, ColumnConversion[] conversions) {
        this.type = type;
        this.names = names;
        this.conversions = conversions;
    }

    /**
     * A codec for the plan's output columns with the given field types, one per column in order;
     * with no types, each column's type comes from the statement ({@link OutputSchema#columnKind}):
     * INT as {@code LONG}, DECIMAL as {@code BIG_DEC}, FLOAT as {@code DOUBLE}, STRING and SYMBOL
     * as {@code STRING}, BOOL as {@code BOOLEAN}.
     *
     * @throws IllegalArgumentException if the plan has value rows (SELECT VALUE), the number of
     *     types differs from the number of columns, a type is not supported, or (no types given) a
     *     column's type is known only at run time: CAST it, or give the types
     */
    public static RowOutputCodec of(CompiledPlan plan, TypeInformation<?>... types) {
        OutputSchema schema = plan.schema();
        if (schema.valueRows()) {
            throw new IllegalArgumentException(
                    "RowOutputCodec needs named columns (a SELECT list), but the statement"
                            + " returns one value per row (SELECT VALUE, SELECT *, PIVOT or an"
                            + " expression); use JsonStringOutputCodec or ValueOutputCodec");
        }
        List<String> columns = schema.columnNames();
        if (types.length == 0) {
            types = typesFromPlan(schema);
        }
        if (types.length != columns.size()) {
            throw new IllegalArgumentException(
                    "RowOutputCodec got "
                            + types.length
                            + " field type(s) for "
                            + columns.size()
                            + " output column(s) "
                            + columns);
        }
        String[] names = columns.toArray(new String[0]);
        ColumnConversion[] conversions = new ColumnConversion[types.length];
        for (int i = 0; i < types.length; i++) {
            conversions[i] = conversionOf(types[i], names[i]);
        }
        return new RowOutputCodec(
                new RowTypeInfo(types.clone(), names.clone()), names, conversions);
    }

    private static TypeInformation<?>[] typesFromPlan(OutputSchema schema) {
        TypeInformation<?>[] types = new TypeInformation<?>[schema.columnCount()];
        for (int i = 0; i < types.length; i++) {
            String column = schema.columnNames().get(i);
            ValueKind kind =
                    schema.columnKind(i)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "the type of column '"
                                                            + column
                                                            + "' is known only at run time; CAST"
                                                            + " it in the statement (CAST(x AS"
                                                            + " BIGINT)) or give the field types"));
            switch (kind) {
                case INT:
                    types[i] = BasicTypeInfo.LONG_TYPE_INFO;
                    break;
                case DECIMAL:
                    types[i] = BasicTypeInfo.BIG_DEC_TYPE_INFO;
                    break;
                case FLOAT:
                    types[i] = BasicTypeInfo.DOUBLE_TYPE_INFO;
                    break;
                case STRING:
                case SYMBOL:
                    types[i] = BasicTypeInfo.STRING_TYPE_INFO;
                    break;
                case BOOL:
                    types[i] = BasicTypeInfo.BOOLEAN_TYPE_INFO;
                    break;
                default:
                    throw new IllegalArgumentException(
                            "column '"
                                    + column
                                    + "' is "
                                    + kind.displayName()
                                    + ", which has no Row field type here; CAST it to a number,"
                                    + " STRING or BOOL, or give the field types");
            }
        }
        return types;
    }

    private static ColumnConversion conversionOf(TypeInformation<?> t, String column) {
        ColumnConversion c =
                t instanceof BasicTypeInfo
                                || t instanceof LocalTimeTypeInfo
                                || t.equals(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)
                        ? ColumnConversion.forClass(t.getTypeClass())
                        : null;
        if (c == null) {
            throw new IllegalArgumentException(
                    "column '"
                            + column
                            + "': unsupported field type "
                            + t
                            + "; use Types.LONG, INT, SHORT, BYTE, DOUBLE, FLOAT, BIG_DEC, STRING,"
                            + " BOOLEAN, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME or"
                            + " PRIMITIVE_ARRAY(BYTE)");
        }
        return c;
    }

    @Override
    public Row encode(ResultRow row) {
        if (positionByName == null) {
            positionByName = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                positionByName.put(names[i], i);
            }
        }
        Object[] fields = new Object[conversions.length];
        for (int i = 0; i < conversions.length; i++) {
            fields[i] = field(row, i);
        }
        // Fields readable by name and by position, as Flink's RowSerializer makes them.
        return RowUtils.createRowWithNamedPositions(RowKind.INSERT, fields, positionByName);
    }

    private Object field(ResultRow row, int i) {
        ValueKind kind = row.kind(i);
        if (kind == ValueKind.MISSING || kind == ValueKind.NULL) {
            return null;
        }
        Object field = conversions[i].fromColumn(row, i);
        if (field != null) {
            return field;
        }
        throw new EvaluationException(
                "column "
                        + i
                        + " ('"
                        + names[i]
                        + "') holds "
                        + kind.displayName()
                        + ", which does not fit its declared type "
                        + type.getTypeAt(i),
                null,
                null);
    }

    /** The produced {@link RowTypeInfo}: the declared types under the plan's column names. */
    @Override
    public TypeInformation<Row> producedType() {
        return type;
    }

    @Override
    public String toString() {
        return "RowOutputCodec" + Arrays.toString(names);
    }
}
