package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.data.DecimalData;
import org.apache.flink.table.data.GenericArrayData;
import org.apache.flink.table.data.GenericMapData;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.data.TimestampData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.logical.RowType;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.json.JsonValueReader;

class RowDataCodecsTest {

    static final RowType ORDER =
            (RowType)
                    DataTypes.ROW(
                                    DataTypes.FIELD("id", DataTypes.BIGINT()),
                                    DataTypes.FIELD(
                                            "user",
                                            DataTypes.ROW(
                                                    DataTypes.FIELD(
                                                            "country", DataTypes.STRING()))),
                                    DataTypes.FIELD(
                                            "items",
                                            DataTypes.ARRAY(
                                                    DataTypes.ROW(
                                                            DataTypes.FIELD(
                                                                    "sku", DataTypes.STRING()),
                                                            DataTypes.FIELD("qty", DataTypes.INT()),
                                                            DataTypes.FIELD(
                                                                    "price",
                                                                    DataTypes.DECIMAL(10, 2))))),
                                    DataTypes.FIELD("placed", DataTypes.TIMESTAMP(3)),
                                    DataTypes.FIELD("day", DataTypes.DATE()),
                                    DataTypes.FIELD(
                                            "tags",
                                            DataTypes.MAP(DataTypes.STRING(), DataTypes.INT())),
                                    DataTypes.FIELD("ok", DataTypes.BOOLEAN()),
                                    DataTypes.FIELD("note", DataTypes.STRING()))
                            .getLogicalType();

    static RowData orderRowData() {
        return GenericRowData.of(
                7L,
                GenericRowData.of(StringData.fromString("NL")),
                new GenericArrayData(
                        new Object[] {
                            GenericRowData.of(
                                    StringData.fromString("a"),
                                    2,
                                    DecimalData.fromBigDecimal(new BigDecimal("1.25"), 10, 2)),
                            GenericRowData.of(
                                    StringData.fromString("b"),
                                    0,
                                    DecimalData.fromBigDecimal(new BigDecimal("9.50"), 10, 2))
                        }),
                TimestampData.fromLocalDateTime(LocalDateTime.parse("2026-11-24T10:15:30.123")),
                (int) LocalDate.parse("2026-11-24").toEpochDay(),
                new GenericMapData(Map.of(StringData.fromString("x"), 1)),
                true,
                null);
    }

    @Test
    void rowDataReadsAsAStructOfItsTypedFields() {
        Value v = new RowDataInputCodec(ORDER).decode(orderRowData());

        assertThat(v.get("id", true).asLong()).isEqualTo(7L);
        assertThat(v.get("user", true).get("country", true).asString()).isEqualTo("NL");
        Value item = v.get("items", true).get(0);
        assertThat(item.get("price", true).asBigDecimal()).isEqualByComparingTo("1.25");
        assertThat(item.get("qty", true).asLong()).isEqualTo(2L);
        assertThat(v.get("placed", true).kind()).isEqualTo(ValueKind.TIMESTAMP);
        assertThat(v.get("day", true).kind()).isEqualTo(ValueKind.DATE);
        assertThat(v.get("tags", true).get("x", true).asLong()).isEqualTo(1L);
        assertThat(v.get("ok", true).kind()).isEqualTo(ValueKind.BOOL);
        assertThat(v.get("note", true).isNull()).isTrue();
    }

    @Test
    void rowsBecomeRowDataOfTheGivenType() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total,"
                                + " r.gone AS gone, [i.qty] AS qtys"
                                + " FROM stream AS r, r.items AS i WHERE i.qty > 0",
                        CompileOptions.forStream("stream"));
        RowType out =
                (RowType)
                        DataTypes.ROW(
                                        DataTypes.FIELD("id", DataTypes.BIGINT()),
                                        DataTypes.FIELD("country", DataTypes.STRING()),
                                        DataTypes.FIELD("sku", DataTypes.VARCHAR(10)),
                                        DataTypes.FIELD("total", DataTypes.DECIMAL(12, 2)),
                                        DataTypes.FIELD("gone", DataTypes.INT()),
                                        DataTypes.FIELD("qtys", DataTypes.ARRAY(DataTypes.INT())))
                                .getLogicalType();
        RowDataOutputCodec codec = RowDataOutputCodec.of(plan, out);

        List<RowData> rows =
                JavaObjectCodecsTest.run(
                        plan, new RowDataInputCodec(ORDER).decode(orderRowData()), codec);

        assertThat(codec.producedType()).isEqualTo(InternalTypeInfo.of(out));
        assertThat(rows)
                .containsExactly(
                        GenericRowData.of(
                                7L,
                                StringData.fromString("NL"),
                                StringData.fromString("a"),
                                DecimalData.fromBigDecimal(new BigDecimal("2.50"), 12, 2),
                                null,
                                new GenericArrayData(new Object[] {2})));
    }

    @Test
    void aValueThatDoesNotFitItsFieldIsABadRecord() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT r.id FROM stream AS r", CompileOptions.forStream("stream"));
        RowType out =
                (RowType)
                        DataTypes.ROW(DataTypes.FIELD("id", DataTypes.TINYINT())).getLogicalType();
        RowDataOutputCodec codec = RowDataOutputCodec.of(plan, out);

        assertThatThrownBy(
                        () ->
                                JavaObjectCodecsTest.run(
                                        plan,
                                        JsonValueReader.standard().read("{\"id\": 300}"),
                                        codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("('id') holds INT");
        assertThatThrownBy(() -> RowDataOutputCodec.of(plan, ORDER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
