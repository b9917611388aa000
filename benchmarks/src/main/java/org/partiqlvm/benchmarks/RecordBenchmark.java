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

/**
 * Records per second of each contender on each workload, one thread, the same input bytes and the
 * same JSON output for all. One operation is one record ({@code @OperationsPerInvocation}), so
 * {@code ops/s} is records/s and {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes allocated
 * per record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecordBenchmark {

    /** Records per invocation. */
    static final int BATCH = 1024;

    @Param({"Q1", "Q2", "Q3", "Q4", "Q5"})
    public String workload;

    @Param({
        "partiqlvm",
        "partiqlvm-row",
        "jackson-streaming",
        "jackson-tree",
        "jslt",
        "partiql-kotlin"
    })
    public String contender;

    private byte[][] records;
    private Contender running;
    private final RowSink sink = RowSink.forBenchmark();

    @Setup
    public void setUp() throws Exception {
        Workload w = Workload.valueOf(workload);
        records = w.records(BATCH, 42L);
        running = Contenders.create(contender);
        running.open(w);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long records() throws Exception {
        sink.reset();
        for (byte[] record : records) {
            running.process(record, sink);
        }
        return sink.fingerprint();
    }
}
