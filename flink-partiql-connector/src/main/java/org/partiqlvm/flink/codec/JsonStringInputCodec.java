package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonValueReader;

/** Reads each record as one JSON value in a {@code String} (fractional numbers as DECIMAL). */
@PublicEvolving
public final class JsonStringInputCodec implements InputCodec<String> {

    private static final long serialVersionUID = 1L;

    private transient JsonProjection projection;

    /** Keeps only what the plan can observe of a record: other fields are skipped, not built. */
    @Override
    public void open(CompiledPlan plan) {
        projection = plan.inputProjection(0);
    }

    @Override
    public Value decode(String record) {
        return projection == null
                ? JsonValueReader.standard().read(record)
                : JsonValueReader.standard().read(record, projection);
    }
}
