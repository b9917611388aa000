package org.partiqlvm.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.Limits;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PartiQLVMPool;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Many short statements (issue 14, item 3): 10 rules of the shapes {@code DynamicQueriesBenchmark}
 * runs, each executed once per record (records decoded beforehand, rows written as JSON), with the
 * VM of each execution: {@code kept} (one VM per rule for as long as the rule is active, what the
 * broadcast function's runners and every other caller do), {@code pooled} (taken from a {@link
 * PartiQLVMPool} per rule and given back after the execution), or {@code fresh} (a new VM per
 * execution). One operation is one record with all its rules.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ShortStatementsBenchmark {

    static final int RULES = 10;

    @Param({"kept", "pooled", "fresh"})
    public String vms;

    private Value[] records;
    private final CompiledPlan[] plans = new CompiledPlan[RULES];
    private final PartiQLVM[] kept = new PartiQLVM[RULES];
    private final Bindings[] bindings = new Bindings[RULES];
    private final PartiQLVMPool[] pools = new PartiQLVMPool[RULES];
    private final RowSink sink = RowSink.forBenchmark();

    @Setup
    public void setUp() {
        byte[][] bytes = RecordGenerator.small(RecordBenchmark.BATCH, 42L);
        records = new Value[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            records[i] = JsonValueReader.standard().read(bytes[i]);
        }
        for (int q = 0; q < RULES; q++) {
            String statement =
                    q % 2 == 0
                            ? "SELECT r.id, r.amount FROM stream AS r WHERE r.amount > " + (q * 10)
                            : "SELECT r.id, i.sku FROM stream AS r, r.items AS i WHERE i.qty > "
                                    + (q % 4);
            plans[q] = PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
            kept[q] = new PartiQLVM(plans[q]);
            bindings[q] = kept[q].newBindings(); // bindings belong to the plan, any of its VMs
            pools[q] = new PartiQLVMPool(plans[q], UdfRegistry.empty(), Limits.DEFAULTS, 4);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RecordBenchmark.BATCH)
    public long records() throws Exception {
        sink.reset();
        for (Value record : records) {
            for (int q = 0; q < RULES; q++) {
                Bindings in = bindings[q].setStreamRecord(0, record);
                switch (vms) {
                    case "kept" -> run(kept[q], in);
                    case "pooled" -> {
                        PartiQLVM vm = pools[q].acquire();
                        run(vm, in);
                        pools[q].release(vm);
                    }
                    default -> run(new PartiQLVM(plans[q]), in);
                }
            }
        }
        return sink.fingerprint();
    }

    private void run(PartiQLVM vm, Bindings in) throws Exception {
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                row.writeJson(sink.json());
            }
        }
    }
}
