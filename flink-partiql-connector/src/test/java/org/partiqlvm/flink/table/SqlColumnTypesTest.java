package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.types.DataType;
import org.junit.jupiter.api.Test;
import org.partiqlvm.flink.FlinkRelease;

class SqlColumnTypesTest {

    @Test
    void mapsEachKnownKindPerTheDocumentedTable() {
        assertThat(SqlColumnTypes.columnType("BOOL", false)).isEqualTo(DataTypes.BOOLEAN());
        assertThat(SqlColumnTypes.columnType("INT", false)).isEqualTo(DataTypes.BIGINT());
        assertThat(SqlColumnTypes.columnType("DECIMAL", false))
                .isEqualTo(DataTypes.DECIMAL(38, 18));
        assertThat(SqlColumnTypes.columnType("FLOAT", false)).isEqualTo(DataTypes.DOUBLE());
        assertThat(SqlColumnTypes.columnType("SYMBOL", false)).isEqualTo(DataTypes.STRING());
        assertThat(SqlColumnTypes.columnType("CLOB", false)).isEqualTo(DataTypes.BYTES());
        assertThat(SqlColumnTypes.columnType("DATE", false)).isEqualTo(DataTypes.DATE());
        assertThat(SqlColumnTypes.columnType("TIME", false)).isEqualTo(DataTypes.TIME(3));
        assertThat(SqlColumnTypes.columnType("TIMESTAMP", false)).isEqualTo(DataTypes.TIMESTAMP(9));
    }

    @Test
    void untypedColumnsAreVariantOrJsonText() {
        for (String kind : new String[] {"ANY", "LIST", "STRUCT", "INTERVAL_DAY_TIME"}) {
            DataType untyped = SqlColumnTypes.columnType(kind, false);
            // VARIANT where Flink has it (2.1+); STRING of JSON text on 1.20.
            assertThat(untyped.toString())
                    .isEqualTo(FlinkRelease.hasVariant() ? "VARIANT" : "STRING");
            assertThat(VariantBridge.load() != null).isEqualTo(FlinkRelease.hasVariant());
            assertThat(SqlColumnTypes.columnType(kind, true)).isEqualTo(DataTypes.STRING());
            assertThat(
                            SqlColumnTypes.encoding(
                                    kind, SqlColumnTypes.columnType(kind, true).getLogicalType()))
                    .isEqualTo(SqlColumnTypes.Encoding.JSON);
        }
        assertThat(SqlColumnTypes.encoding("STRING", DataTypes.STRING().getLogicalType()))
                .isEqualTo(SqlColumnTypes.Encoding.TYPED);
    }
}
