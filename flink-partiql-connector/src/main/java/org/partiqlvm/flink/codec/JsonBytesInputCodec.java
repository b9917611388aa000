package org.partiqlvm.flink.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** Reads each record as one JSON value in UTF-8 bytes (fractional numbers as DECIMAL). */
@PublicEvolving
public final class JsonBytesInputCodec implements InputCodec<byte[]> {

    private static final long serialVersionUID = 1L;

    private transient JsonRecordDecoder records;

    /**
     * Keeps only what the plan can observe of a record (other fields are skipped, not built), and
     * reuses one parser and one {@link org.partiqlvm.value.ValueArena} for all records of the
     * subtask: each decoded value is valid until the next {@link #decode}.
     */
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
    public Value decode(byte[] record) {
        return records == null ? JsonValueReader.standard().read(record) : records.decode(record);
    }

    @Override
    public long sizeOf(byte[] record) {
        return record.length;
    }

    @Override
    public String describe(byte[] record) {
        return new String(record, StandardCharsets.UTF_8);
    }
}
