package org.partiqlvm.benchmarks;

import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/** Our engine through its public API: JSON bytes in, {@link ResultRow#writeJson} out. */
public final class PartiQLVMContender implements Contender {

    private PartiQLVM vm;
    private Bindings bindings;
    private JsonProjection projection;
    private final JsonRecordReader reader = JsonValueReader.standard().recordReader();
    private final ValueArena arena = new ValueArena(); // the record's values, reused

    @Override
    public void open(Workload workload) {
        CompiledPlan plan =
                PlanCompiler.compile(workload.statement(), CompileOptions.forStream("stream"));
        vm = new PartiQLVM(plan);
        bindings = vm.newBindings();
        projection = plan.inputProjection(0); // build only what the query reads
    }

    @Override
    public void process(byte[] record, RowSink sink) throws Exception {
        bindings.setStreamRecord(0, reader.read(record, projection, arena));
        try (ResultStream rows = vm.execute(bindings)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                row.writeJson(sink.json());
            }
        }
    }
}
