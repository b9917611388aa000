package org.partiqlvm.flink.codec;

import java.io.Serializable;
import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Turns one stream record into the value a PartiQL statement reads. Shipped to the task managers
 * with the operator, so it is {@link Serializable}; one copy per subtask.
 *
 * @param <IN> the record type
 */
@PublicEvolving
public interface InputCodec<IN> extends Serializable {

    /**
     * Prepares this subtask's copy for {@code plan}, once, before the first {@link #decode}: a
     * codec may keep per-subtask state here (reusable buffers, the paths the plan reads).
     */
    default void open(CompiledPlan plan) {}

    /**
     * The record as a value. The value may be built in memory the codec reuses ({@link
     * org.partiqlvm.value.ValueArena}): it is valid until this copy's next {@code decode}, which
     * the operators call only after the record's rows are encoded; output codecs that emit values
     * copy them ({@link ValueOutputCodec}).
     *
     * @throws ValueDecodeException if the record is malformed (a bad record)
     */
    Value decode(IN record);

    /**
     * Prepares this copy to decode records for several plans at once, instead of {@link #open}: the
     * dynamic-query operator decodes each record once for all its active queries when its codec
     * can. A codec that reads only what a plan observes keeps the union of what the plans observe.
     * Returns false when the codec cannot serve several plans (the default); the operator then
     * decodes with one copy per query.
     */
    default boolean openShared(List<CompiledPlan> plans) {
        return false;
    }

    /**
     * The record's size in bytes as far as it is known without decoding it (the length of a byte
     * array, of a string), or -1 when unknown. The operators make a record larger than {@link
     * org.partiqlvm.engine.runtime.Limits#recordSize()} a bad record before decoding it.
     */
    default long sizeOf(IN record) {
        return -1;
    }

    /**
     * The record's size in bytes measured against {@code limit}: exact when it is over the limit,
     * and at most {@code limit} otherwise, so a codec may skip an exact count when the answer is
     * clear (a string of {@code n} chars has between {@code n} and {@code 3n} UTF-8 bytes). By
     * default {@link #sizeOf(Object)}.
     */
    default long sizeOf(IN record, long limit) {
        return sizeOf(record);
    }

    /** The record as text for an error message; may be long, the caller truncates it. */
    default String describe(IN record) {
        return String.valueOf(record);
    }
}
