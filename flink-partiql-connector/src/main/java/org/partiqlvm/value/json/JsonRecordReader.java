package org.partiqlvm.value.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads JSON records one after another, each a separate byte array or string, for one thread (a
 * Flink subtask's codec, a benchmark loop); get one from {@link JsonValueReader#recordReader()}.
 *
 * <p>Three tiers, fastest first, each leaving to the next what it does not handle:
 *
 * <ol>
 *   <li>With a {@link ValueArena} (and a reader with Jackson's default settings), a byte-level
 *       scanner reads the record straight into the arena, building only what the projection names:
 *       nothing is allocated once the arena has grown (see {@code JsonRecordScanner}).
 *   <li>One reused Jackson non-blocking parser, which keeps its buffers and field-name table
 *       between records (a new parser per record costs about 0.7 KB and its set-up).
 *   <li>A fresh parser for a record that is not one complete object or array (a bare scalar, which
 *       the non-blocking parser cannot see the end of, or malformed, truncated or trailing input),
 *       which gives the value or the error with its position in the record.
 * </ol>
 *
 * Results, and errors, are exactly those of {@link JsonValueReader#read(byte[], JsonProjection)}
 * (for text, {@link JsonValueReader#read(String, JsonProjection)}) whichever tier reads a record.
 */
public final class JsonRecordReader {

    private final JsonValueReader reader;
    private final JsonFactory factory;

    /** The byte-level fast path, for readers with Jackson's default settings; else null. */
    private final JsonRecordScanner scanner;

    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private long fed; // bytes given to the parser before this record

    /** Longer text is read by a parser of its own rather than copied. */
    private static final int MAX_ENCODED_LENGTH = 1 << 24;

    private byte[] text = new byte[768]; // text records, encoded as UTF-8

    JsonRecordReader(JsonValueReader reader, JsonFactory factory) {
        this.reader = reader;
        this.factory = factory;
        this.scanner = reader.hasDefaultParsing() ? new JsonRecordScanner() : null;
    }

    /** The one JSON value in UTF-8 {@code bytes}, keeping what {@code projection} names. */
    public Value read(byte[] bytes, JsonProjection projection) {
        return read(bytes, projection, null);
    }

    /**
     * {@link #read(byte[], JsonProjection)} with value reuse: resets {@code arena} and builds the
     * value in it, so that reading allocates nothing once the arena has grown to the records' size.
     * The value, and everything read from it, is valid until the arena's next reset (the next call
     * with the same arena); {@link ValueArena#detach(Value)} copies what must be kept. A record the
     * reused parser cannot read is read again as ordinary values, with the same result.
     */
    public Value read(byte[] bytes, JsonProjection projection, ValueArena arena) {
        Value v = readReusingParser(bytes, bytes.length, projection, arena);
        return v != null ? v : reader.read(bytes, projection);
    }

    /**
     * {@link #read(byte[], JsonProjection, ValueArena)} for JSON text: the text is encoded as UTF-8
     * into one reused buffer and read from there. Results and errors are those of {@link
     * JsonValueReader#read(String, JsonProjection)} (a record that fails, or holds an unpaired
     * surrogate, is read again from the text, so error positions count characters).
     */
    public Value read(String json, JsonProjection projection, ValueArena arena) {
        int n = encodeUtf8(json);
        Value v = n < 0 ? null : readReusingParser(text, n, projection, arena);
        return v != null ? v : reader.read(json, projection);
    }

    /**
     * Encodes {@code json} as UTF-8 into {@link #text}; the number of bytes, or -1 for text longer
     * than {@link #MAX_ENCODED_LENGTH} or with an unpaired surrogate.
     */
    private int encodeUtf8(String json) {
        int n = json.length();
        if (n > MAX_ENCODED_LENGTH) {
            return -1;
        }
        byte[] buf = text;
        if (buf.length < 3 * n) {
            buf = new byte[Math.max(3 * n, 2 * buf.length)];
            text = buf;
        }
        int b = 0;
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                buf[b++] = (byte) c;
            } else if (c < 0x800) {
                buf[b++] = (byte) (0xC0 | (c >> 6));
                buf[b++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? json.charAt(i + 1) : 0;
                if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
                    return -1;
                }
                int cp = Character.toCodePoint(c, low);
                i++;
                buf[b++] = (byte) (0xF0 | (cp >> 18));
                buf[b++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[b++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[b++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[b++] = (byte) (0xE0 | (c >> 12));
                buf[b++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[b++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return b;
    }

    /** The value, or null when the record must be read again by a fresh parser. */
    private Value readReusingParser(
            byte[] bytes, int length, JsonProjection projection, ValueArena arena) {
        if (arena != null) {
            arena.reset();
            if (scanner != null) {
                Value v = scanner.scan(bytes, length, projection, arena);
                if (v != null) {
                    return v;
                }
                arena.reset(); // what the scanner built before it gave up
            }
        }
        if (parser == null) {
            open();
        }
        try {
            feeder.feedInput(bytes, 0, length);
            JsonToken t = parser.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                Value v = reader.readProjected(parser, t, projection, arena);
                // The value ends at its closing bracket; only white space may follow it (the
                // parser cannot tell a trailing "tru" from the start of "true" on its own).
                // (The token's byte offset, read without the JsonLocation a
                // currentTokenLocation() call would create.)
                // Jackson's non-blocking parser reports the offset of a '}' or ']' closing an
                // empty container one too far ("{}" ends at 2), which let one trailing byte
                // through ({}" was read as {}; the fuzz suite found it): the byte before the end
                // must be the closing bracket, else the fresh read below decides.
                long end = ((ParserBase) parser).getTokenCharacterOffset() + 1 - fed;
                if (closesAt(bytes, end)
                        && onlyWhiteSpaceFrom(bytes, end, length)
                        && parser.nextToken() == JsonToken.NOT_AVAILABLE) {
                    fed += length;
                    return v;
                }
            }
        } catch (IOException | ValueDecodeException e) {
            // fall through: the exact value or error comes from a fresh read of this record
        }
        reopen();
        if (arena != null) {
            arena.reset(); // what the failed read put there
        }
        return null;
    }

    private static boolean closesAt(byte[] bytes, long end) {
        return end > 0
                && end <= bytes.length
                && (bytes[(int) end - 1] == '}' || bytes[(int) end - 1] == ']');
    }

    private static boolean onlyWhiteSpaceFrom(byte[] bytes, long from, int length) {
        if (from < 0 || from > length) {
            return false;
        }
        for (int i = (int) from; i < length; i++) {
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
