package org.partiqlvm.value.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads JSON records one after another, each a separate byte array, through one reused Jackson
 * parser: a new parser per record costs about 0.7 KB and its set-up time, this reader nothing. For
 * one thread (a Flink subtask's codec, a benchmark loop); get one from {@link
 * JsonValueReader#recordReader()}.
 *
 * <p>It feeds each record to Jackson's non-blocking parser, which keeps its buffers and field-name
 * table between records. Results, and errors, are exactly those of {@link
 * JsonValueReader#read(byte[], JsonProjection)}: a record that is not one complete object or array
 * (a bare scalar, which the non-blocking parser cannot see the end of, or malformed, truncated or
 * trailing input) is read again by that method, which gives the value or the error with its
 * position in the record, and the parser is replaced.
 */
public final class JsonRecordReader {

    private final JsonValueReader reader;
    private final JsonFactory factory;
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private long fed; // bytes given to the parser before this record

    JsonRecordReader(JsonValueReader reader, JsonFactory factory) {
        this.reader = reader;
        this.factory = factory;
    }

    /** The one JSON value in UTF-8 {@code bytes}, keeping what {@code projection} names. */
    public Value read(byte[] bytes, JsonProjection projection) {
        if (parser == null) {
            open();
        }
        try {
            feeder.feedInput(bytes, 0, bytes.length);
            JsonToken t = parser.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                Value v = reader.readProjected(parser, t, projection);
                // The value ends at its closing bracket; only white space may follow it (the
                // parser cannot tell a trailing "tru" from the start of "true" on its own).
                long end = parser.currentTokenLocation().getByteOffset() + 1 - fed;
                if (onlyWhiteSpaceFrom(bytes, end)
                        && parser.nextToken() == JsonToken.NOT_AVAILABLE) {
                    fed += bytes.length;
                    return v;
                }
            }
        } catch (IOException | ValueDecodeException e) {
            // fall through: the exact value or error comes from a fresh read of this record
        }
        reopen();
        return reader.read(bytes, projection);
    }

    private static boolean onlyWhiteSpaceFrom(byte[] bytes, long from) {
        if (from < 0 || from > bytes.length) {
            return false;
        }
        for (int i = (int) from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private void open() {
        fed = 0;
        try {
            parser = factory.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    private void reopen() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // a parser over in-memory input has nothing to release
        }
        open();
    }
}
