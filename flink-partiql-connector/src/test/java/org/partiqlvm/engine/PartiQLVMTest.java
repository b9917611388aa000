package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** The public engine API end to end: compile, run per record, read rows through typed getters. */
class PartiQLVMTest {

    private static final String UNNEST =
            "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total "
                    + "FROM stream AS r, r.items AS i WHERE i.qty > 0";

    private static Value json(String text) {
        return JsonValueReader.standard().read(text);
    }

    private static List<String> run(PartiQLVM vm, Value record) {
        Bindings in = vm.newBindings();
        in.setStreamRecord(0, record);
        List<String> rows = new ArrayList<>();
        try (ResultStream stream = vm.execute(in)) {
            for (ResultRow row = stream.nextRow(); row != null; row = stream.nextRow()) {
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void unnestFilterProjectPerRecord() {
        CompiledPlan plan = PlanCompiler.compile(UNNEST, CompileOptions.forStream("stream"));
        PartiQLVM vm = new PartiQLVM(plan);
        Value record =
                json(
                        "{\"id\": 7, \"user\": {\"country\": \"NO\"}, \"items\": ["
                                + "{\"sku\": \"a\", \"qty\": 2, \"price\": 1.5},"
                                + "{\"sku\": \"b\", \"qty\": 0, \"price\": 9},"
                                + "{\"sku\": \"c\", \"qty\": 1, \"price\": 4}]}");

        assertThat(plan.schema().columnNames()).containsExactly("id", "country", "sku", "total");
        assertThat(run(vm, record))
                .containsExactly(
                        "{'id': 7, 'country': 'NO', 'sku': 'a', 'total': 3.0}",
                        "{'id': 7, 'country': 'NO', 'sku': 'c', 'total': 4}");
        // the same VM serves the next record
        assertThat(
                        run(
                                vm,
                                json(
                                        "{\"id\": 8, \"items\": [{\"sku\": \"z\", \"qty\": 3, \"price\": 2}]}")))
                .containsExactly("{'id': 8, 'sku': 'z', 'total': 6}");
    }

    @Test
    void typedGettersReadTheRowView() {
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(UNNEST, CompileOptions.forStream("stream")));
        Bindings in = vm.newBindings();
        in.setStreamRecord(
                0,
                json(
                        "{\"id\": 1, \"user\": {}, \"items\": [{\"sku\": \"s\", \"qty\": 2, \"price\": 3}]}"));
        try (ResultStream stream = vm.execute(in)) {
            ResultRow row = stream.nextRow();
            assertThat(row.getLong(0)).isEqualTo(1);
            assertThat(row.isMissing(1)).isTrue();
            assertThat(row.getString(2)).isEqualTo("s");
            assertThat(row.getLong(3)).isEqualTo(6);
            assertThat(row.getDouble(3)).isEqualTo(6.0);
            assertThatThrownBy(() -> row.getString(0)).isInstanceOf(IllegalStateException.class);
            assertThat(stream.nextRow()).isNull();
        }
    }

    @Test
    void expressionStatementsEvaluateToOneValue() {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "[1, 2] || 'x'", CompileOptions.withGlobals(List.of())));
        assertThat(vm.evaluate(vm.newBindings())).hasToString("MISSING");
        PartiQLVM sum =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "{'a': 1 + 2, 'b': MISSING}",
                                CompileOptions.withGlobals(List.of())));
        assertThat(sum.evaluate(sum.newBindings())).hasToString("{'a': 3}");
    }

    @Test
    void strictModeRaisesTypedErrorsWithPositions() {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "SELECT VALUE r.a + 1 FROM stream AS r",
                                CompileOptions.forStream("stream").withMode(EvalMode.ERROR)));
        assertThatThrownBy(
                        () ->
                                vm.evaluate(
                                        vm.newBindings()
                                                .setStreamRecord(0, json("{\"a\": \"x\"}"))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("1:14")
                .hasMessageContaining("STRING");
        PartiQLVM coerce =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "SELECT VALUE r.a + 1 FROM stream AS r",
                                CompileOptions.forStream("stream")));
        assertThat(coerce.evaluate(coerce.newBindings().setStreamRecord(0, json("{\"a\": \"x\"}"))))
                .hasToString("<<MISSING>>");
    }

    @Test
    void undefinedNamesFailAtCompileTime() {
        assertThatThrownBy(
                        () ->
                                PlanCompiler.compile(
                                        "SELECT x.a FROM nowhere AS x",
                                        CompileOptions.forStream("stream")))
                .isInstanceOf(PartiQLException.class)
                .hasMessageContaining("nowhere");
    }
}
