package org.partiqlvm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.Collector;
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
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.PartiQLRecordRunner;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonBytesOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;

/**
 * Records per second of the dynamic-query operator's per-record work with {@code queries} active
 * rules over the small records, as {@code PartiQLBroadcastFunction} does it: each query's runner
 * decoding the record itself ({@code perQuery}), or one shared decode of the union of what the
 * queries read, then every runner on the decoded value ({@code shared}). JSON bytes in, JSON bytes
 * out; one operation is one record (all its queries).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DynamicQueriesBenchmark {

    @Param({"1", "10"})
    public int queries;

    @Param({"perQuery", "shared"})
    public String decoding;

    private byte[][] records;
    private final List<PartiQLRecordRunner<byte[], byte[]>> runners = new ArrayList<>();
    private InputCodec<byte[]> sharedInput;
    private final Collector<byte[]> sink =
            new Collector<>() {
                @Override
                public void collect(byte[] row) {
                    rows += row.length;
                }

                @Override
                public void close() {}
            };
    private long rows;

    @Setup
    public void setUp() {
        records = RecordGenerator.small(RecordBenchmark.BATCH, 42L);
        List<CompiledPlan> plans = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            // rules of one shape with different thresholds and fields, as rule sets tend to be
            String statement =
                    q % 2 == 0
                            ? "SELECT r.id, r.amount FROM stream AS r WHERE r.amount > " + (q * 10)
                            : "SELECT r.id, i.sku FROM stream AS r, r.items AS i WHERE i.qty > "
                                    + (q % 4);
            CompiledPlan plan = PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
            plans.add(plan);
            PartiQLRecordRunner<byte[], byte[]> runner =
                    new PartiQLRecordRunner<>(
                            plan,
                            new JsonBytesInputCodec(),
                            new JsonBytesOutputCodec(),
                            QuerySettings.defaults(statement, BadRecordPolicy.DEAD_LETTER),
                            UdfRegistry.empty());
            runner.open(new UnregisteredMetricsGroup());
            runners.add(runner);
        }
        sharedInput = new JsonBytesInputCodec();
        sharedInput.openShared(plans);
    }

    @Benchmark
    @OperationsPerInvocation(RecordBenchmark.BATCH)
    public long records() {
        boolean shared = decoding.equals("shared");
        for (byte[] record : records) {
            Value decoded = shared ? sharedInput.decode(record) : null;
            for (int q = 0; q < runners.size(); q++) {
                PartiQLRecordRunner<byte[], byte[]> runner = runners.get(q);
                if (shared) {
                    runner.run(record, decoded, sink);
                } else {
                    runner.run(record, sink);
                }
            }
        }
        return rows;
    }
}
