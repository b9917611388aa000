package org.partiqlvm.flink.codec;

import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Reads each record as one JSON value in a {@code String} (fractional numbers as DECIMAL). After
 * {@link #open}, it reads only what the plan observes, through one reused parser, into one reused
 * {@link org.partiqlvm.value.ValueArena} (each value is valid until the next {@link #decode}).
 */
@PublicEvolving
public final class JsonStringInputCodec implements InputCodec<String> {

    private static final long serialVersionUID = 1L;

    private transient JsonRecordDecoder records;

    /** Keeps only what the plan can observe of a record: other fields are skipped, not built. */
    @Override
    public void open(CompiledPlan plan) {
        records = JsonRecordDecoder.forPlans(List.of(plan));
    }

    /** Keeps what any of the plans can observe, decoding each record once for all of them. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        records = JsonRecordDecoder.forPlans(plans);
        return true;
    }

    @Override
    public Value decode(String record) {
        return records == null ? JsonValueReader.standard().read(record) : records.decode(record);
    }

    /** The string's length in chars (each at least one UTF-8 byte). */
    @Override
    public long sizeOf(String record) {
        return record.length();
    }
}
