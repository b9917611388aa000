package org.partiqlvm.flink.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.engine.ResultRow;

/**
 * Writes rows as compact JSON (a struct of the columns, MISSING columns left out) into one reused
 * UTF-8 buffer, through one reused generator: the per-subtask state of the JSON output codecs.
 */
final class JsonRowWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** A byte buffer whose contents can be copied out without an intermediate array. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(256);
        }

        String text() {
            return new String(buf, 0, count, StandardCharsets.UTF_8);
        }
    }

    private final Buffer buffer = new Buffer();
    private JsonGenerator generator;

    /** Writes {@code row} into the buffer, replacing what was there. */
    private void write(ResultRow row) {
        try {
            if (generator == null) {
                generator = JSON.createGenerator(buffer);
                generator.setRootValueSeparator(null); // one value per row, nothing between
            }
            buffer.reset();
            row.writeJson(generator);
            generator.flush();
        } catch (IOException e) {
            generator = null; // never reuse a generator left inside a half-written value
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            generator = null;
            throw e;
        }
    }

    /** The row as JSON text. */
    String toText(ResultRow row) {
        write(row);
        return buffer.text();
    }

    /** The row as UTF-8 JSON bytes. */
    byte[] toBytes(ResultRow row) {
        write(row);
        return buffer.toByteArray();
    }
}
