package org.partiqlvm.flink.codec;

import java.io.Serializable;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.partiqlvm.engine.ResultRow;

/**
 * Turns one result row into an output record and names the records' Flink type. Shipped to the task
 * managers with the operator, so it is {@link Serializable}; one copy per subtask, so it may keep
 * reusable buffers in transient fields.
 *
 * @param <OUT> the output record type
 */
@PublicEvolving
public interface OutputCodec<OUT> extends Serializable {

    /** The row as an output record; the row is a view valid only during this call. */
    OUT encode(ResultRow row);

    /** The Flink type of the output records. */
    TypeInformation<OUT> producedType();
}
