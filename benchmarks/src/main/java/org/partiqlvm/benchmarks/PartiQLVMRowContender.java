package org.partiqlvm.benchmarks;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.flink.codec.RowOutputCodec;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/** Our engine with the connector's codec: JSON bytes in, typed Flink {@code Row}s out. */
public final class PartiQLVMRowContender implements Contender {

    private PartiQLVM vm;
    private Bindings bindings;
    private JsonProjection projection;
    private final JsonRecordReader reader = JsonValueReader.standard().recordReader();
    private final ValueArena arena = new ValueArena(); // the record's values, reused
    private RowOutputCodec codec;

    @Override
    public void open(Workload workload) {
        CompiledPlan plan =
                PlanCompiler.compile(workload.statement(), CompileOptions.forStream("stream"));
        vm = new PartiQLVM(plan);
        bindings = vm.newBindings();
        projection = plan.inputProjection(0); // build only what the query reads
        codec = RowOutputCodec.of(plan, types(workload.shape()));
    }

    private static TypeInformation<?>[] types(Workload shape) {
        switch (shape) {
            case Q1:
                return new TypeInformation<?>[] {
                    Types.LONG, Types.STRING, Types.STRING, Types.BIG_DEC
                };
            case Q2:
                return new TypeInformation<?>[] {Types.LONG, Types.BIG_DEC};
            case Q5:
                return new TypeInformation<?>[] {
                    Types.LONG,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.STRING,
                    Types.LONG,
                    Types.BIG_DEC,
                    Types.LONG,
                    Types.BIG_DEC
                };
            default:
                return new TypeInformation<?>[] {Types.LONG, Types.STRING, Types.BIG_DEC};
        }
    }

    @Override
    public void process(byte[] record, RowSink sink) {
        bindings.setStreamRecord(0, reader.read(record, projection, arena));
        try (ResultStream rows = vm.execute(bindings)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                sink.object(codec.encode(row));
            }
        }
    }
}
