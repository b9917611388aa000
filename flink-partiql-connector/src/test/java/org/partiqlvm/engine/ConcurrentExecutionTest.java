package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.fn.KindSet;
import org.partiqlvm.engine.fn.NullPolicy;
import org.partiqlvm.value.Value;

/**
 * One compiled plan shared by several threads, each with its own VM, gives the same results as a
 * single thread: the plan holds no per-run state.
 */
class ConcurrentExecutionTest {

    private static final int THREADS = 4;
    private static final int RECORDS = 10_000;

    /** A slot-level UDF, shared by every VM through one registry. */
    private static final UdfRegistry UDFS =
            UdfRegistry.builder()
                    .add(
                            "discount",
                            List.of(KindSet.INT, KindSet.INT),
                            NullPolicy.PROPAGATE,
                            (args, out, site) ->
                                    out.setLong(
                                            args[0].getLong() * (100 - args[1].getLong()) / 100))
                    .build();

    /** Unnest, filter, project, a LIKE, a UDF and an in-record aggregate subquery. */
    private static final String STATEMENT =
            "SELECT r.id, i.sku, discount(i.qty * i.price, r.pct) AS total,"
                    + " upper(r.country) AS country,"
                    + " (SELECT VALUE SUM(j.qty) FROM r.items AS j) AS record_qty"
                    + " FROM stream AS r, r.items AS i"
                    + " WHERE i.qty > 0 AND i.sku LIKE 's%'";

    @Test
    void fourVmsOnOneSharedPlanMatchASingleThreadedRun() throws Exception {
        CompiledPlan plan =
                PlanCompiler.compile(STATEMENT, CompileOptions.forStream("stream").withUdfs(UDFS));
        List<Value> records = records();
        List<String> expected = run(new PartiQLVM(plan, UDFS), records);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    PartiQLVM vm = new PartiQLVM(plan, UDFS);
                                    start.await(30, TimeUnit.SECONDS);
                                    return run(vm, records);
                                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSizeGreaterThan(RECORDS);
        assertThat(expected.get(0)).isEqualTo("1 sku-1 9 SE <<3>>");
    }

    /** Every row of every record as text built from the typed getters. */
    private static List<String> run(PartiQLVM vm, List<Value> records) {
        Bindings in = vm.newBindings();
        List<String> rows = new ArrayList<>();
        for (Value record : records) {
            in.setStreamRecord(0, record);
            try (ResultStream stream = vm.execute(in)) {
                for (ResultRow row = stream.nextRow(); row != null; row = stream.nextRow()) {
                    rows.add(
                            row.getLong(0)
                                    + " "
                                    + row.getString(1)
                                    + " "
                                    + row.getLong(2)
                                    + " "
                                    + row.getString(3)
                                    + " "
                                    + row.getValue(4));
                }
            }
        }
        return rows;
    }

    /**
     * {@code {id, country, pct, items: [{sku, qty, price}, ...]}}: 1 to 4 items, some with {@code
     * qty = 0} or a sku the LIKE rejects.
     */
    private static List<Value> records() {
        List<Value> records = new ArrayList<>(RECORDS);
        for (int r = 0; r < RECORDS; r++) {
            int itemCount = 1 + r % 4;
            Value[] items = new Value[itemCount];
            for (int k = 0; k < itemCount; k++) {
                items[k] =
                        Value.structBuilder()
                                .add("sku", Value.ofString((k == 3 ? "x" : "sku-") + (r + k) % 97))
                                .add("qty", Value.ofLong((r + k) % 5))
                                .add("price", Value.ofLong(10 + k))
                                .build();
            }
            records.add(
                    Value.structBuilder()
                            .add("id", Value.ofLong(r))
                            .add("country", Value.ofString(r % 3 == 0 ? "no" : "se"))
                            .add("pct", Value.ofLong(r % 20))
                            .add("items", Value.listOf(items))
                            .build());
        }
        return records;
    }
}
