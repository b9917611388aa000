package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** Reads each record as one JSON value in a {@code String} (fractional numbers as DECIMAL). */
@PublicEvolving
public final class JsonStringInputCodec implements InputCodec<String> {

    private static final long serialVersionUID = 1L;

    @Override
    public Value decode(String record) {
        return JsonValueReader.standard().read(record);
    }
}
