package org.partiqlvm.flink.codec;

import java.nio.charset.StandardCharsets;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** Reads each record as one JSON value in UTF-8 bytes (fractional numbers as DECIMAL). */
@PublicEvolving
public final class JsonBytesInputCodec implements InputCodec<byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public Value decode(byte[] record) {
        return JsonValueReader.standard().read(record);
    }

    @Override
    public String describe(byte[] record) {
        return new String(record, StandardCharsets.UTF_8);
    }
}
