package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.runtime.EvaluationException;

class RowOutputCodecTest {

    private static final String QUERY =
            "SELECT r.id, r.name, r.price AS price, r.price AS exact, r.ok FROM stream AS r";

    private static CompiledPlan plan(String query) {
        return PlanCompiler.compile(query, CompileOptions.forStream("stream"));
    }

    private static List<Row> run(CompiledPlan plan, String record, RowOutputCodec codec) {
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        in.setStreamRecord(0, new JsonStringInputCodec().decode(record));
        List<Row> out = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                out.add(codec.encode(row));
            }
        }
        return out;
    }

    private static RowOutputCodec codec(CompiledPlan plan) {
        return RowOutputCodec.of(
                plan, Types.LONG, Types.STRING, Types.DOUBLE, Types.BIG_DEC, Types.BOOLEAN);
    }

    @Test
    void convertsEachColumnByItsDeclaredTypeIntoNamedFields() {
        CompiledPlan plan = plan(QUERY);
        List<Row> rows =
                run(
                        plan,
                        "{\"id\": 7, \"name\": \"Zoë\", \"price\": 1.25, \"ok\": true}",
                        codec(plan));

        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.getField("id")).isEqualTo(7L);
        assertThat(row.getField("name")).isEqualTo("Zoë");
        assertThat(row.getField("price")).isEqualTo(1.25d);
        assertThat(row.getField("exact")).isEqualTo(new BigDecimal("1.25"));
        assertThat(row.getField("ok")).isEqualTo(true);
        assertThat(row.getField(0)).isEqualTo(7L);
        assertThat(row.getArity()).isEqualTo(5);
    }

    @Test
    void intsWidenToDoubleAndDecimal() {
        CompiledPlan plan = plan(QUERY);
        Row row = run(plan, "{\"id\": 1, \"price\": 3, \"ok\": false}", codec(plan)).get(0);

        assertThat(row.getField("price")).isEqualTo(3.0d);
        assertThat(row.getField("exact")).isEqualTo(BigDecimal.valueOf(3));
        assertThat(row.getField("ok")).isEqualTo(false);
    }

    @Test
    void missingAndNullBecomeNullFields() {
        CompiledPlan plan = plan(QUERY);
        Row row = run(plan, "{\"id\": null}", codec(plan)).get(0);

        assertThat(row.getArity()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(row.getField(i)).isNull();
        }
    }

    @Test
    void aValueOfTheWrongKindIsAnEvaluationErrorNamingColumnAndKind() {
        CompiledPlan plan = plan(QUERY);
        RowOutputCodec codec = codec(plan);

        assertThatThrownBy(() -> run(plan, "{\"id\": \"seven\"}", codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("'id'")
                .hasMessageContaining("STRING");
        assertThatThrownBy(() -> run(plan, "{\"id\": 1, \"ok\": 1}", codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("'ok'")
                .hasMessageContaining("INT");
        assertThatThrownBy(() -> run(plan, "{\"id\": 1.5}", codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("'id'")
                .hasMessageContaining("DECIMAL");
        assertThatThrownBy(() -> run(plan, "{\"name\": [1]}", codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("'name'")
                .hasMessageContaining("LIST");
    }

    @Test
    void producesARowTypeInfoWithThePlanColumnNamesNeverAGenericType() {
        TypeInformation<Row> type = codec(plan(QUERY)).producedType();

        assertThat(type).isInstanceOf(RowTypeInfo.class).isNotInstanceOf(GenericTypeInfo.class);
        RowTypeInfo rowType = (RowTypeInfo) type;
        assertThat(rowType.getFieldNames()).containsExactly("id", "name", "price", "exact", "ok");
        assertThat(rowType.getFieldTypes())
                .containsExactly(
                        Types.LONG, Types.STRING, Types.DOUBLE, Types.BIG_DEC, Types.BOOLEAN);
    }

    @Test
    void factoryRejectsAWrongTypeCountValueRowsAndUnsupportedTypes() {
        CompiledPlan plan = plan(QUERY);

        assertThatThrownBy(() -> RowOutputCodec.of(plan, Types.LONG, Types.STRING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 field type(s) for 5 output column(s)")
                .hasMessageContaining("[id, name, price, exact, ok]");
        assertThatThrownBy(
                        () ->
                                RowOutputCodec.of(
                                        plan("SELECT VALUE r.id FROM stream AS r"), Types.LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SELECT VALUE");
        assertThatThrownBy(
                        () ->
                                RowOutputCodec.of(
                                        plan,
                                        Types.LONG,
                                        Types.STRING,
                                        Types.DOUBLE,
                                        Types.BIG_DEC,
                                        Types.BIG_INT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'ok'")
                .hasMessageContaining("unsupported field type");
    }

    @Test
    void withoutTypesTheFieldTypesComeFromTheStatement() {
        CompiledPlan plan =
                plan(
                        "SELECT CAST(r.id AS BIGINT) AS id, UPPER(r.name) AS name,"
                                + " CAST(r.price AS DECIMAL(9, 2)) AS price, r.price > 1 AS dear,"
                                + " CAST(r.price AS DOUBLE PRECISION) AS approx FROM stream AS r");

        RowOutputCodec codec = RowOutputCodec.of(plan);

        assertThat(codec.producedType())
                .isEqualTo(
                        new RowTypeInfo(
                                new TypeInformation<?>[] {
                                    Types.LONG,
                                    Types.STRING,
                                    Types.BIG_DEC,
                                    Types.BOOLEAN,
                                    Types.DOUBLE
                                },
                                new String[] {"id", "name", "price", "dear", "approx"}));
        assertThat(run(plan, "{\"id\": 3, \"name\": \"a\", \"price\": 1.5}", codec))
                .containsExactly(Row.of(3L, "A", new BigDecimal("1.50"), true, 1.5));
    }

    @Test
    void withoutTypesAColumnKnownOnlyAtRunTimeIsRefusedWithAHint() {
        assertThatThrownBy(() -> RowOutputCodec.of(plan("SELECT r.id, 1 AS one FROM stream AS r")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 'id'")
                .hasMessageContaining("CAST");
    }
}
