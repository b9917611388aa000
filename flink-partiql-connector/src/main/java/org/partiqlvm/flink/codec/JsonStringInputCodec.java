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

    /**
     * The string's length in UTF-8 bytes, as the CLI and the byte codecs count a record (so that
     * {@code record-size} accepts and rejects the same records whatever carries them).
     */
    @Override
    public long sizeOf(String record) {
        long bytes = record.length();
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c >= 0x80) {
                // two bytes up to U+07FF, else three; a surrogate pair is four (two chars x 2)
                bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }

    /** Counts the bytes only when the string's length leaves it open (within a factor of 3). */
    @Override
    public long sizeOf(String record, long limit) {
        return record.length() * 3L <= limit ? record.length() : sizeOf(record);
    }
}
