package org.partiqlvm.flink.table;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.RowType;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.flink.codec.OutputCodec;
import org.partiqlvm.flink.codec.RowDataOutputCodec;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * Writes result rows as {@link RowData} of a SQL row type. Each field comes from one of the
 * statement's columns ({@code columns[f]}), or, for a statement returning one struct per row
 * ({@code SELECT VALUE s}), from the struct's field of the same name. It is converted per its
 * {@link SqlColumnTypes.Encoding}: typed fields as {@link RowDataOutputCodec#toInternal} does, text
 * fields as text or JSON text, JSON fields as JSON text, variant fields as Flink variants. NULL and
 * MISSING are null fields; a value that does not fit its field makes the record bad, naming the
 * column.
 */
final class SqlRowCodec implements OutputCodec<RowData> {

    private static final long serialVersionUID = 1L;

    private final RowType type;
    private final int[] columns;
    private final SqlColumnTypes.Encoding[] encodings;
    private final boolean structRows;

    private transient JsonValueWriter json;
    private transient VariantBridge variants;

    /** Fields from the statement's columns {@code columns}. */
    SqlRowCodec(RowType type, int[] columns, SqlColumnTypes.Encoding[] encodings) {
        this(type, columns, encodings, false);
    }

    private SqlRowCodec(
            RowType type, int[] columns, SqlColumnTypes.Encoding[] encodings, boolean structRows) {
        this.type = type;
        this.columns = columns.clone();
        this.encodings = encodings.clone();
        this.structRows = structRows;
    }

    /** Fields by name from the one struct each row is. */
    static SqlRowCodec ofStructs(RowType type, SqlColumnTypes.Encoding[] encodings) {
        return new SqlRowCodec(type, new int[type.getFieldCount()], encodings, true);
    }

    @Override
    public RowData encode(ResultRow row) {
        GenericRowData out = new GenericRowData(columns.length);
        if (structRows) {
            Value v = row.getValue(0);
            if (v instanceof StructValue s) {
                for (int f = 0; f < columns.length; f++) {
                    Value field = s.get(type.getFieldNames().get(f));
                    if (field != null && !field.kind().isUnknown()) {
                        out.setField(f, field(field, f));
                    }
                }
            }
            return out;
        }
        for (int f = 0; f < columns.length; f++) {
            int c = columns[f];
            if (row.kind(c).isUnknown()) {
                continue;
            }
            if (encodings[f] == SqlColumnTypes.Encoding.TYPED) {
                Object field = RowDataOutputCodec.toInternal(row, c, type.getTypeAt(f));
                out.setField(f, field != null ? field : misfit(row.getValue(c), f));
            } else if (encodings[f] == SqlColumnTypes.Encoding.TEXT && row.kind(c).isText()) {
                out.setField(f, StringData.fromString(row.getString(c)));
            } else {
                out.setField(f, field(row.getValue(c), f));
            }
        }
        return out;
    }

    private Object field(Value v, int f) {
        switch (encodings[f]) {
            case VARIANT:
                if (variants == null) {
                    variants = VariantBridge.load();
                }
                return variants.toVariant(v);
            case TEXT:
                return StringData.fromString(v.kind().isText() ? v.asString() : jsonText(v));
            case JSON:
                return StringData.fromString(jsonText(v));
            default:
                Object field = RowDataOutputCodec.toInternal(v, type.getTypeAt(f));
                return field != null ? field : misfit(v, f);
        }
    }

    private Object misfit(Value v, int f) {
        LogicalType t = type.getTypeAt(f);
        throw new EvaluationException(
                "column '"
                        + type.getFieldNames().get(f)
                        + "' holds "
                        + v.kind().displayName()
                        + ", which does not fit its SQL type "
                        + t,
                null,
                null);
    }

    private String jsonText(Value v) {
        if (json == null) {
            json = JsonValueWriter.standard();
        }
        return json.writeToString(v);
    }

    @Override
    public TypeInformation<RowData> producedType() {
        return InternalTypeInfo.of(type);
    }
}
