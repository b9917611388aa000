package org.partiqlvm.flink.codec;

import java.util.List;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * The per-subtask state the JSON input codecs share: what the plans observe of a record, one reused
 * reader and one {@link ValueArena}, so that each record is read (only as far as needed) without
 * allocating. Each decoded value is valid until the next decode. Not serializable: the codecs keep
 * it in a transient field and create it in {@code open}.
 */
final class JsonRecordDecoder {

    private final JsonProjection projection;
    private final JsonRecordReader reader = JsonValueReader.standard().recordReader();
    private final ValueArena arena = new ValueArena();

    private JsonRecordDecoder(JsonProjection projection) {
        this.projection = projection;
    }

    /** A decoder keeping what any of {@code plans} observes of its first global. */
    static JsonRecordDecoder forPlans(List<CompiledPlan> plans) {
        JsonProjection union = plans.get(0).inputProjection(0);
        for (int i = 1; i < plans.size(); i++) {
            union = union.union(plans.get(i).inputProjection(0));
        }
        return new JsonRecordDecoder(union);
    }

    Value decode(byte[] record) {
        return reader.read(record, projection, arena);
    }

    Value decode(String record) {
        return reader.read(record, projection, arena);
    }
}
