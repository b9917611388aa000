package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.partiqlvm.engine.ResultRow;

/**
 * Emits each row as compact UTF-8 JSON bytes (for Kafka and other byte sinks), as {@link
 * JsonStringOutputCodec} writes it: MISSING columns left out, NULL as {@code null}. One generator
 * and one buffer are reused; the only allocation per row is the returned array.
 */
@PublicEvolving
public final class JsonBytesOutputCodec implements OutputCodec<byte[]> {

    private static final long serialVersionUID = 1L;

    private transient JsonRowWriter writer;

    @Override
    public byte[] encode(ResultRow row) {
        if (writer == null) {
            writer = new JsonRowWriter();
        }
        return writer.toBytes(row);
    }

    @Override
    public TypeInformation<byte[]> producedType() {
        return PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO;
    }
}
