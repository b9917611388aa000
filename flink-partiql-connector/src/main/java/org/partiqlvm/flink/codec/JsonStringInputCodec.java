package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Reads each record as one JSON value in a {@code String} (fractional numbers as DECIMAL). After
 * {@link #open}, it reads only what the plan observes, through one reused parser, into one reused
 * {@link ValueArena} (each value is valid until the next {@link #decode}).
 */
@PublicEvolving
public final class JsonStringInputCodec implements InputCodec<String> {

    private static final long serialVersionUID = 1L;

    private transient JsonProjection projection;
    private transient JsonRecordReader records;
    private transient ValueArena arena;

    /** Keeps only what the plan can observe of a record: other fields are skipped, not built. */
    @Override
    public void open(CompiledPlan plan) {
        projection = plan.inputProjection(0);
        records = JsonValueReader.standard().recordReader();
        arena = new ValueArena();
    }

    @Override
    public Value decode(String record) {
        return records == null
                ? JsonValueReader.standard().read(record)
                : records.read(record, projection, arena);
    }
}
