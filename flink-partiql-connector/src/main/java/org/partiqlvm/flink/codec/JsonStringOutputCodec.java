package org.partiqlvm.flink.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.partiqlvm.engine.ResultRow;

/**
 * Emits each row as one compact JSON text ({@link ResultRow#writeJson}: a struct of the columns,
 * MISSING columns left out). One generator and one buffer are reused for every row of the subtask;
 * the only allocation per row is the returned {@code String}.
 */
@PublicEvolving
public final class JsonStringOutputCodec implements OutputCodec<String> {

    private static final long serialVersionUID = 1L;

    private transient StringWriter buffer;
    private transient JsonGenerator generator;

    @Override
    public String encode(ResultRow row) {
        try {
            if (generator == null) {
                buffer = new StringWriter(256);
                generator = new JsonFactory().createGenerator(buffer);
                generator.setRootValueSeparator(null); // one value per row, nothing between
            }
            buffer.getBuffer().setLength(0);
            row.writeJson(generator);
            generator.flush();
            return buffer.toString();
        } catch (IOException e) {
            generator = null; // never reuse a generator left inside a half-written value
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            generator = null;
            throw e;
        }
    }

    @Override
    public TypeInformation<String> producedType() {
        return Types.STRING;
    }
}
