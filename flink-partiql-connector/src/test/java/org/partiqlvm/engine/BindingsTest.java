package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Binding inputs, and the reusable stream binding: {@link Bindings#setStreamRecord} refills one bag
 * only when the compiler proved that the plan never reads the stream as a value.
 */
class BindingsTest {

    private static Value json(String text) {
        return JsonValueReader.standard().read(text);
    }

    private static CompiledPlan compile(String statement) {
        return PlanCompiler.compile(statement, CompileOptions.withGlobals(List.of("stream", "t")));
    }

    @Test
    void aGlobalOnlyRangedOverIsScanOnly() {
        CompiledPlan plan =
                compile(
                        "SELECT r.id, (SELECT VALUE x.id FROM stream AS x) AS ids"
                                + " FROM stream AS r, r.items AS i");

        assertThat(plan.isScanOnlyGlobal(0)).isTrue();
        assertThat(plan.isScanOnlyGlobal(1)).as("t is never used").isTrue();
    }

    @Test
    void aGlobalReadAsAValueIsNotScanOnly() {
        assertThat(compile("stream").isScanOnlyGlobal(0)).isFalse();
        assertThat(compile("SELECT VALUE stream FROM t AS x").isScanOnlyGlobal(0)).isFalse();
        assertThat(compile("SELECT VALUE x FROM t AS x, stream AS s").isScanOnlyGlobal(0)).isTrue();
        assertThat(compile("SELECT VALUE coll_count(stream) FROM t AS x").isScanOnlyGlobal(0))
                .isFalse();
        assertThat(compile("SELECT VALUE x FROM <<stream>> AS x").isScanOnlyGlobal(0)).isFalse();
    }

    @Test
    void aStreamReadAsAValueIsBoundToAFreshBagPerRecord() {
        PartiQLVM vm = new PartiQLVM(compile("stream"));
        Bindings in = vm.newBindings();
        Value first = vm.evaluate(in.setStreamRecord(0, json("{\"a\": 1}")));
        Value second = vm.evaluate(in.setStreamRecord(0, json("{\"a\": 2}")));

        assertThat(first).hasToString("<<{'a': 1}>>");
        assertThat(second).hasToString("<<{'a': 2}>>");
    }

    @Test
    void resultsOfAScanOnlyPlanOutliveTheNextRecord() {
        PartiQLVM vm =
                new PartiQLVM(
                        compile(
                                "SELECT r AS rec, (SELECT VALUE x.a FROM stream AS x) AS all_a"
                                        + " FROM stream AS r"));
        Bindings in = vm.newBindings();
        Value first = vm.evaluate(in.setStreamRecord(0, json("{\"a\": 1}")));
        Value second = vm.evaluate(in.setStreamRecord(0, json("{\"a\": 2}")));

        assertThat(first).hasToString("<<{'rec': {'a': 1}, 'all_a': <<1>>}>>");
        assertThat(second).hasToString("<<{'rec': {'a': 2}, 'all_a': <<2>>}>>");
    }

    @Test
    void globalsAreBoundByNameOrIndexAndStartMissing() {
        PartiQLVM vm = new PartiQLVM(compile("[stream, t]"));
        Bindings in = vm.newBindings();

        assertThat(vm.evaluate(in)).hasToString("[MISSING, MISSING]");
        assertThat(vm.evaluate(in.set("T", Value.ofLong(1)).set(0, Value.ofLong(2))))
                .hasToString("[2, 1]");
        assertThat(in.indexOfOrMinusOne("STREAM")).isZero();
        assertThatThrownBy(() -> in.set("u", Value.NULL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'u'");
        assertThatThrownBy(() -> in.setStreamRecord(0, null))
                .isInstanceOf(NullPointerException.class);
    }
}
