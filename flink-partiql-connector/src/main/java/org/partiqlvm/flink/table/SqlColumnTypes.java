package org.partiqlvm.flink.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.utils.TypeConversions;
import org.partiqlvm.engine.OutputSchema;

/**
 * The SQL type of each output column of a statement, from its {@link OutputSchema} (the static
 * types the engine derives from CAST, literals, predicates, arithmetic and string functions):
 *
 * <table>
 *   <caption>PartiQL column type → Flink SQL type</caption>
 *   <tr><th>statement decides</th><th>SQL type</th></tr>
 *   <tr><td>BOOL</td><td>BOOLEAN</td></tr>
 *   <tr><td>INT (any width)</td><td>BIGINT</td></tr>
 *   <tr><td>DECIMAL</td><td>DECIMAL(38, 18)</td></tr>
 *   <tr><td>FLOAT</td><td>DOUBLE</td></tr>
 *   <tr><td>STRING, SYMBOL</td><td>STRING</td></tr>
 *   <tr><td>BLOB, CLOB</td><td>BYTES</td></tr>
 *   <tr><td>DATE</td><td>DATE</td></tr>
 *   <tr><td>TIME</td><td>TIME(3)</td></tr>
 *   <tr><td>TIMESTAMP</td><td>TIMESTAMP(9)</td></tr>
 *   <tr><td>anything else, or only the data decides</td><td>VARIANT (Flink 2.1+), else STRING of
 *     JSON text</td></tr>
 * </table>
 *
 * <p>Every column is nullable: NULL and MISSING are SQL NULL.
 */
final class SqlColumnTypes {

    /** How a field's value is written. */
    enum Encoding {
        /** Converted to the field's type. */
        TYPED,
        /** Text as is; any other value as its JSON text (a declared STRING column). */
        TEXT,
        /** Always JSON text (a column of unknown type on a Flink without VARIANT). */
        JSON,
        /** A Flink variant. */
        VARIANT
    }

    private SqlColumnTypes() {}

    /** The type of a column of {@code kind} ({@link OutputSchema} type name). */
    static DataType columnType(String kind, boolean untypedAsJson) {
        switch (kind) {
            case "BOOL":
                return DataTypes.BOOLEAN();
            case "INT":
                return DataTypes.BIGINT();
            case "DECIMAL":
                return DataTypes.DECIMAL(38, 18);
            case "FLOAT":
                return DataTypes.DOUBLE();
            case "STRING":
            case "SYMBOL":
                return DataTypes.STRING();
            case "BLOB":
            case "CLOB":
                return DataTypes.BYTES();
            case "DATE":
                return DataTypes.DATE();
            case "TIME":
                return DataTypes.TIME(3);
            case "TIMESTAMP":
                return DataTypes.TIMESTAMP(9);
            default:
                return untyped(untypedAsJson);
        }
    }

    /** The type of a column only the data decides: VARIANT where available, else STRING. */
    static DataType untyped(boolean asJson) {
        VariantBridge variants = VariantBridge.load();
        return asJson || variants == null ? DataTypes.STRING() : variants.dataType();
    }

    /** The ROW type of the statement's columns, bridged to {@link RowData}. */
    static DataType rowType(OutputSchema schema, boolean untypedAsJson) {
        List<DataTypes.Field> fields = new ArrayList<>();
        for (int i = 0; i < schema.columnCount(); i++) {
            fields.add(
                    DataTypes.FIELD(
                            schema.columnNames().get(i),
                            columnType(schema.columnTypes().get(i), untypedAsJson)));
        }
        return DataTypes.ROW(fields).bridgedTo(RowData.class);
    }

    /** How a column of {@code kind}, typed {@code type} per {@link #columnType}, is written. */
    static Encoding encoding(String kind, LogicalType type) {
        if (VariantBridge.isVariant(type)) {
            return Encoding.VARIANT;
        }
        boolean untyped = columnType(kind, true).equals(DataTypes.STRING()) && !isText(kind);
        return untyped ? Encoding.JSON : Encoding.TYPED;
    }

    private static boolean isText(String kind) {
        return kind.equals("STRING") || kind.equals("SYMBOL");
    }

    /** How a declared field of {@code type} is written (the format's declared columns). */
    static Encoding declaredEncoding(LogicalType type) {
        if (VariantBridge.isVariant(type)) {
            return Encoding.VARIANT;
        }
        switch (type.getTypeRoot()) {
            case CHAR:
            case VARCHAR:
                return Encoding.TEXT;
            default:
                return Encoding.TYPED;
        }
    }

    /** {@code type} bridged to Flink's internal data structure (for runtime-side functions). */
    static DataType internal(DataType type) {
        LogicalType logical = type.getLogicalType();
        return TypeConversions.fromLogicalToDataType(logical)
                .bridgedTo(
                        org.apache.flink.table.types.logical.utils.LogicalTypeUtils
                                .toInternalConversionClass(logical));
    }
}
