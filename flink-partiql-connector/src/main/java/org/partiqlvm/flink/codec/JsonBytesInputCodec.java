package org.partiqlvm.flink.codec;

import java.nio.charset.StandardCharsets;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/** Reads each record as one JSON value in UTF-8 bytes (fractional numbers as DECIMAL). */
@PublicEvolving
public final class JsonBytesInputCodec implements InputCodec<byte[]> {

    private static final long serialVersionUID = 1L;

    private transient JsonProjection projection;
    private transient JsonRecordReader records;
    private transient ValueArena arena;

    /**
     * Keeps only what the plan can observe of a record (other fields are skipped, not built), and
     * reuses one parser and one {@link ValueArena} for all records of the subtask: each decoded
     * value is valid until the next {@link #decode}.
     */
    @Override
    public void open(CompiledPlan plan) {
        projection = plan.inputProjection(0);
        records = JsonValueReader.standard().recordReader();
        arena = new ValueArena();
    }

    @Override
    public Value decode(byte[] record) {
        return records == null
                ? JsonValueReader.standard().read(record)
                : records.read(record, projection, arena);
    }

    @Override
    public String describe(byte[] record) {
        return new String(record, StandardCharsets.UTF_8);
    }
}
