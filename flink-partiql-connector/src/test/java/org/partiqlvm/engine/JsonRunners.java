package org.partiqlvm.engine;

import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.value.json.JsonValueReader;

/** {@link RecordRunner}s of JSON text records whose rows are the PartiQL text of each row value. */
final class JsonRunners {

    private JsonRunners() {}

    /** A runner of {@code statement} over the stream {@code stream}. */
    static RecordRunner<String, String> of(String statement, EvalMode mode, Limits limits) {
        return of(
                PlanCompiler.compile(statement, CompileOptions.forStream("stream").withMode(mode)),
                limits,
                null);
    }

    /** A runner of {@code plan}, with the user-defined functions {@code udfs} (may be null). */
    static RecordRunner<String, String> of(CompiledPlan plan, Limits limits, UdfRegistry udfs) {
        return new RecordRunner<>(
                "query 'q'",
                plan,
                udfs,
                limits,
                text -> JsonValueReader.standard().read(text),
                row -> row.toValue().toString());
    }
}
