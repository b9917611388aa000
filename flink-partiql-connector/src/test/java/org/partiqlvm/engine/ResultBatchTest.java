package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonValueReader;

class ResultBatchTest {

    private static final String RECORD =
            "{\"id\": 7, \"items\": [{\"sku\": \"a\", \"qty\": 1}, {\"sku\": \"b\", \"qty\": 2},"
                    + " {\"sku\": \"c\", \"qty\": 0}, {\"sku\": \"d\", \"qty\": 4},"
                    + " {\"sku\": \"e\", \"qty\": 5}, {\"sku\": \"f\", \"qty\": 6}]}";
    private static final String STATEMENT =
            "SELECT r.id, i.sku, i.qty * 1.5 AS half, UPPER(i.sku) AS up"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0";

    @Test
    void batchesHoldTheRowsNextRowGivesAllValidTogether() {
        CompiledPlan plan = PlanCompiler.compile(STATEMENT, CompileOptions.forStream("stream"));
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        // values read with reuse: the batch must not keep views the reader will overwrite
        ValueArena arena = new ValueArena();
        in.setStreamRecord(
                0,
                JsonValueReader.standard()
                        .recordReader()
                        .read(
                                RECORD.getBytes(StandardCharsets.UTF_8),
                                plan.inputProjection(0),
                                arena));

        List<Value> expected = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                expected.add(row.toValue());
            }
        }
        assertThat(expected).hasSize(5);

        List<Value> batched = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (RowBatch b = rows.nextBatch(2); b.size() > 0; b = rows.nextBatch(2)) {
                sizes.add(b.size());
                for (int i = 0; i < b.size(); i++) { // read after the whole batch was filled
                    batched.add(b.row(i).toValue());
                }
                RowBatch full = b;
                assertThatThrownBy(() -> full.row(full.size()))
                        .isInstanceOf(IndexOutOfBoundsException.class);
            }
        }
        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(batched).isEqualTo(expected);
    }

    @Test
    void aBatchHoldsAtLeastOneRow() {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "SELECT 1 AS x FROM <<1>> AS t",
                                CompileOptions.withGlobals(List.of())));
        try (ResultStream rows = vm.execute(vm.newBindings())) {
            assertThatThrownBy(() -> rows.nextBatch(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(rows.nextBatch(10).size()).isEqualTo(1);
            assertThat(rows.nextBatch(10).size()).isZero();
        }
    }
}
