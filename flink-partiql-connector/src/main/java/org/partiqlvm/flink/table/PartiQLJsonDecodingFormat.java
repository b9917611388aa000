package org.partiqlvm.flink.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.connector.ChangelogMode;
import org.apache.flink.table.connector.Projection;
import org.apache.flink.table.connector.format.ProjectableDecodingFormat;
import org.apache.flink.table.connector.source.DynamicTableSource;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.logical.RowType;
import org.partiqlvm.engine.OutputSchema;

/**
 * The decoding side of {@link PartiQLJsonFormatFactory}: matches the declared (or, after projection
 * pushdown, the read) columns to the statement's by name, narrows the statement to the read columns
 * ({@link ProjectedStatement}) and creates the {@link PartiQLJsonDeserializer}.
 */
final class PartiQLJsonDecodingFormat
        implements ProjectableDecodingFormat<DeserializationSchema<RowData>> {

    private final SqlStatement statement;

    PartiQLJsonDecodingFormat(SqlStatement statement) {
        this.statement = statement;
    }

    @Override
    public DeserializationSchema<RowData> createRuntimeDecoder(
            DynamicTableSource.Context context, DataType physicalDataType, int[][] projections) {
        DataType produced = Projection.of(projections).project(physicalDataType);
        RowType rowType = (RowType) produced.getLogicalType();
        SqlStatement narrowed =
                ProjectedStatement.narrow(statement, new HashSet<>(rowType.getFieldNames()));
        SqlRowCodec codec = codec(narrowed, rowType);
        return new PartiQLJsonDeserializer(
                new SqlRunner(narrowed, PayloadCodec.bytes(), codec),
                context.createTypeInformation(produced));
    }

    /** Checks that every declared column is one of the statement's. */
    void codecFor(DataType physicalDataType) {
        codec(statement, (RowType) physicalDataType.getLogicalType());
    }

    /**
     * The codec writing {@code statement}'s columns as the fields of {@code rowType}, by name
     * (exact, else the only case-insensitive match).
     *
     * @throws ValidationException for a field that is none of the statement's columns
     */
    static SqlRowCodec codec(SqlStatement statement, RowType rowType) {
        OutputSchema schema = statement.plan().schema();
        int n = rowType.getFieldCount();
        SqlColumnTypes.Encoding[] encodings = new SqlColumnTypes.Encoding[n];
        for (int f = 0; f < n; f++) {
            encodings[f] = SqlColumnTypes.declaredEncoding(rowType.getTypeAt(f));
        }
        if (schema.valueRows()) {
            return SqlRowCodec.ofStructs(rowType, encodings);
        }
        int[] columns = new int[n];
        List<String> unmatched = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            columns[f] = column(schema.columnNames(), rowType.getFieldNames().get(f));
            if (columns[f] < 0) {
                unmatched.add(rowType.getFieldNames().get(f));
            }
        }
        if (!unmatched.isEmpty()) {
            throw new ValidationException(
                    "partiql-json: the declared column(s) "
                            + unmatched
                            + " are not among the columns of the statement "
                            + schema.columnNames()
                            + "; name them in its SELECT list (or with AS)\n  statement: "
                            + statement.plan().source());
        }
        return new SqlRowCodec(rowType, columns, encodings);
    }

    private static int column(List<String> names, String field) {
        int index = names.indexOf(field);
        if (index >= 0) {
            return index;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(field)) {
                if (index >= 0) {
                    return -1;
                }
                index = i;
            }
        }
        return index;
    }

    @Override
    public ChangelogMode getChangelogMode() {
        return ChangelogMode.insertOnly();
    }
}
