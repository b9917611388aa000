package org.partiqlvm.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.RowBatch;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * {@code ResultStream.nextRow()} against {@code nextBatch(256)} (issue 14, item 3), Q1 written as
 * JSON rows: per record (each execution 0–3 rows, the record read with value reuse, as the
 * operators do), or over a table (one execution over all 1,024 records bound as a bag, about 1,500
 * rows). One operation is one input record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ResultBatchBenchmark {

    /** Rows per batch. */
    static final int BATCH_ROWS = 256;

    @Param({"record", "table"})
    public String execution;

    @Param({"row", "batch"})
    public String pull;

    private byte[][] records;
    private PartiQLVM vm;
    private Bindings bindings;
    private JsonProjection projection;
    private final JsonRecordReader reader = JsonValueReader.standard().recordReader();
    private final ValueArena arena = new ValueArena();
    private final RowSink sink = RowSink.forBenchmark();

    @Setup
    public void setUp() {
        records = Workload.Q1.records(RecordBenchmark.BATCH, 42L);
        CompiledPlan plan =
                PlanCompiler.compile(Workload.Q1.statement(), CompileOptions.forStream("stream"));
        vm = new PartiQLVM(plan);
        bindings = vm.newBindings();
        projection = plan.inputProjection(0);
        if (execution.equals("table")) {
            List<Value> table = new ArrayList<>();
            for (byte[] record : records) {
                table.add(JsonValueReader.standard().read(record));
            }
            bindings.set(0, BagValue.of(table));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RecordBenchmark.BATCH)
    public long records() throws Exception {
        sink.reset();
        if (execution.equals("table")) {
            drain();
        } else {
            for (byte[] record : records) {
                bindings.setStreamRecord(0, reader.read(record, projection, arena));
                drain();
            }
        }
        return sink.fingerprint();
    }

    private void drain() throws Exception {
        try (ResultStream rows = vm.execute(bindings)) {
            if (pull.equals("batch")) {
                for (RowBatch b = rows.nextBatch(BATCH_ROWS); b.size() > 0; ) {
                    for (int i = 0; i < b.size(); i++) {
                        b.row(i).writeJson(sink.json());
                    }
                    b = rows.nextBatch(BATCH_ROWS);
                }
            } else {
                for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    row.writeJson(sink.json());
                }
            }
        }
    }
}
