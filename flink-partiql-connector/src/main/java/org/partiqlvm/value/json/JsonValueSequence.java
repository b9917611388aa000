package org.partiqlvm.value.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.partiqlvm.value.Value;

/**
 * The top-level values of a JSON stream (e.g. JSON Lines), read lazily one at a time by {@link
 * JsonValueReader#sequence}. Not thread-safe; close it to close the underlying stream. Malformed
 * input raises {@link org.partiqlvm.value.ValueDecodeException} from {@link #hasNext()} or {@link
 * #next()}.
 */
public final class JsonValueSequence implements Iterator<Value>, Closeable {

    private final JsonValueReader reader;
    private final JsonParser parser;
    private JsonToken pending;
    private boolean done;

    JsonValueSequence(JsonValueReader reader, JsonParser parser) {
        this.reader = reader;
        this.parser = parser;
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            pending = parser.nextToken();
        } catch (IOException e) {
            throw JsonValueReader.decodeError(e);
        }
        done = pending == null;
        return !done;
    }

    @Override
    public Value next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        JsonToken t = pending;
        pending = null;
        try {
            return reader.readProjected(parser, t, JsonProjection.all(), null);
        } catch (IOException e) {
            throw JsonValueReader.decodeError(e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
