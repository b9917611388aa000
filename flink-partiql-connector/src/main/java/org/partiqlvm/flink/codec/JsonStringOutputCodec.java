package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.partiqlvm.engine.ResultRow;

/**
 * Emits each row as one compact JSON text ({@link ResultRow#writeJson}: a struct of the columns,
 * MISSING columns left out, NULL as {@code null}). One generator and one buffer are reused for
 * every row of the subtask; the only allocation per row is the returned {@code String}.
 */
@PublicEvolving
public final class JsonStringOutputCodec implements OutputCodec<String> {

    private static final long serialVersionUID = 1L;

    private transient JsonRowWriter writer;

    @Override
    public String encode(ResultRow row) {
        if (writer == null) {
            writer = new JsonRowWriter();
        }
        return writer.toText(row);
    }

    @Override
    public TypeInformation<String> producedType() {
        return Types.STRING;
    }
}
