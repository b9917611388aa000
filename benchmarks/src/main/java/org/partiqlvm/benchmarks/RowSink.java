package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every contender puts its rows: JSON rows (one per line) into one reused UTF-8 buffer
 * through one reused generator, so writing costs every contender the same; or, for the Flink {@code
 * Row} contender, objects. {@link #reset()} empties it between batches.
 */
public final class RowSink {

    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final JsonGenerator json;
    private final List<Object> objects;
    private Object lastObject;
    private long objectCount;

    private RowSink(boolean keepObjects) {
        try {
            json = JSON.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(new SerializedString("\n"));
        objects = keepObjects ? new ArrayList<>() : null;
    }

    /** A sink for the benchmark: objects are counted, not kept. */
    public static RowSink forBenchmark() {
        return new RowSink(false);
    }

    /** A sink for tests: objects are kept. */
    public static RowSink forTest() {
        return new RowSink(true);
    }

    /** The generator rows are written with, one root value per row. */
    public JsonGenerator json() {
        return json;
    }

    /** Takes a row that is an object (not JSON). */
    public void object(Object row) {
        lastObject = row;
        objectCount++;
        if (objects != null) {
            objects.add(row);
        }
    }

    /** Empties the sink. */
    public void reset() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.reset();
        if (objects != null) {
            objects.clear();
        }
    }

    /** The JSON written since the last reset (tests). */
    public String jsonText() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The objects taken since the last reset (test sinks). */
    public List<Object> objects() {
        return objects;
    }

    /** Bytes written plus objects taken: something the JIT cannot prove unused. */
    public long fingerprint() {
        return buffer.size() + objectCount + (lastObject == null ? 0 : 1);
    }
}
