package org.partiqlvm.value.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partiqlvm.value.DecimalText;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads JSON into values with Jackson's streaming {@link JsonParser}: one pass, no intermediate
 * tree. Immutable and thread-safe; one instance can serve every thread.
 *
 * <p>Mapping: object → STRUCT (field order kept, duplicate names kept), array → LIST, string →
 * STRING, true/false → BOOL, null → NULL. Integers (no fraction, no exponent) → INT, beyond 64 bits
 * too. Numbers with a fraction or an exponent → DECIMAL by default, exactly as written ({@code
 * 1.50} keeps its scale, {@code 1e400} does not overflow), as Ion and partiql-lang-kotlin read
 * them; or FLOAT with {@link FractionalNumbers#DOUBLE}, faster but rounded.
 *
 * <p>A leading byte order mark is skipped, in bytes and in text alike. Any malformed input (syntax
 * error, truncated input, trailing content after a single value) raises {@link
 * ValueDecodeException} with the line, column and offset Jackson reports (byte offset for byte
 * input, character offset for text). I/O errors of streams raise {@link UncheckedIOException}.
 *
 * <pre>{@code
 * JsonValueReader json = JsonValueReader.standard();
 * Value v = json.read("{\"a\": [1, 2.50]}");      // {'a': [1, 2.50]}
 * }</pre>
 */
public final class JsonValueReader {

    /** How JSON numbers with a fraction or exponent are read. */
    public enum FractionalNumbers {
        /** As exact DECIMALs (the default). */
        DECIMAL,
        /** As FLOATs (64-bit doubles). */
        DOUBLE
    }

    private static final JsonValueReader STANDARD =
            new JsonValueReader(new JsonFactory(), FractionalNumbers.DECIMAL);

    private final JsonFactory factory;
    private final FractionalNumbers fractionalNumbers;

    private JsonValueReader(JsonFactory factory, FractionalNumbers fractionalNumbers) {
        this.factory = factory;
        this.fractionalNumbers = fractionalNumbers;
    }

    /**
     * True when this reader parses as Jackson's default factory does and reads fractional numbers
     * as DECIMAL: what {@link JsonRecordScanner} reproduces.
     */
    boolean hasDefaultParsing() {
        return factory == STANDARD.factory && fractionalNumbers == FractionalNumbers.DECIMAL;
    }

    /** A reader with Jackson's default factory that reads fractional numbers as DECIMAL. */
    public static JsonValueReader standard() {
        return STANDARD;
    }

    /** A copy reading fractional numbers as {@code mode}. */
    public JsonValueReader withFractionalNumbers(FractionalNumbers mode) {
        return new JsonValueReader(factory, mode);
    }

    /** A copy using {@code jsonFactory} to create parsers (for its features and constraints). */
    public JsonValueReader withFactory(JsonFactory jsonFactory) {
        return new JsonValueReader(jsonFactory, fractionalNumbers);
    }

    /** The one JSON value in {@code json} (whitespace around it is fine, anything else is not). */
    public Value read(String json) {
        try (JsonParser p = factory.createParser(withoutByteOrderMark(json))) {
            return readSingle(p);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /** The one JSON value in UTF-8 {@code bytes}. */
    public Value read(byte[] bytes) {
        return read(bytes, 0, bytes.length);
    }

    /** The one JSON value in UTF-8 {@code bytes[offset .. offset+length)}. */
    public Value read(byte[] bytes, int offset, int length) {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            return readSingle(p);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /**
     * The one JSON value in UTF-8 {@code bytes}, keeping only what {@code projection} names: the
     * other fields of objects are skipped by the parser without being built. The result is what a
     * statement with this projection can observe of the full value.
     */
    public Value read(byte[] bytes, JsonProjection projection) {
        if (projection.isAll()) {
            return read(bytes);
        }
        try (JsonParser p = factory.createParser(bytes)) {
            return readSingle(p, projection);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /** {@link #read(byte[], JsonProjection)} for JSON text. */
    public Value read(String json, JsonProjection projection) {
        if (projection.isAll()) {
            return read(json);
        }
        try (JsonParser p = factory.createParser(withoutByteOrderMark(json))) {
            return readSingle(p, projection);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /**
     * The value starting at token {@code t}, built as far as {@code projection} needs, in {@code
     * arena} (null: ordinary values).
     */
    Value readProjected(JsonParser p, JsonToken t, JsonProjection projection, ValueArena arena)
            throws IOException {
        if (projection.isAll()) {
            return readValue(p, t, arena);
        }
        if (t == JsonToken.START_OBJECT) {
            return readObject(p, projection, arena);
        }
        if (t == JsonToken.START_ARRAY && projection.element() != null) {
            return readArray(p, projection.element(), arena);
        }
        return readValue(p, t, arena);
    }

    /** All whitespace-separated top-level JSON values in {@code json}, e.g. JSON Lines. */
    public List<Value> readAll(String json) {
        try (JsonParser p = factory.createParser(withoutByteOrderMark(json))) {
            return readRemaining(p);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /** All top-level JSON values in UTF-8 {@code bytes}. */
    public List<Value> readAll(byte[] bytes) {
        try (JsonParser p = factory.createParser(bytes)) {
            return readRemaining(p);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /**
     * A reader of one JSON record after another that reuses one parser (and its buffers and name
     * table) for all of them; for one thread.
     */
    public JsonRecordReader recordReader() {
        return new JsonRecordReader(this, factory);
    }

    /**
     * A lazy sequence of the top-level values of a stream (UTF-8/16/32, detected), read one at a
     * time; close it to close the stream.
     */
    public JsonValueSequence sequence(InputStream in) {
        try {
            return new JsonValueSequence(this, factory.createParser(in));
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /** A lazy sequence of the top-level values of a character stream. */
    public JsonValueSequence sequence(Reader in) {
        try {
            return new JsonValueSequence(this, factory.createParser(in));
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /**
     * Reads the value at the parser's current token (or, if it has none yet, at its next token) and
     * leaves the parser on the value's last token ({@code END_OBJECT}, {@code END_ARRAY} or the
     * scalar itself): for callers that embed values in their own JSON documents.
     */
    public Value readValue(JsonParser parser) {
        try {
            JsonToken t = parser.currentToken();
            if (t == null || t == JsonToken.FIELD_NAME) {
                t = parser.nextToken();
            }
            return readValue(parser, t, null);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    /**
     * {@code json} without a leading byte order mark (U+FEFF): Jackson skips one at the start of
     * bytes but not of text, and a record must read the same either way.
     */
    private static String withoutByteOrderMark(String json) {
        return !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    }

    private List<Value> readRemaining(JsonParser p) throws IOException {
        List<Value> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            values.add(readValue(p, t, null));
        }
        return values;
    }

    private Value readSingle(JsonParser p) throws IOException {
        return readSingle(p, JsonProjection.all());
    }

    /** The parser's one value, built as far as {@code projection} needs; nothing may follow it. */
    private Value readSingle(JsonParser p, JsonProjection projection) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw error("expected a JSON value but the input is empty", p.currentLocation());
        }
        Value v = readProjected(p, t, projection, null);
        if (p.nextToken() != null) {
            throw error(
                    "expected the end of the input after the JSON value but found "
                            + describe(p.currentToken()),
                    p.currentTokenLocation());
        }
        return v;
    }

    private Value readValue(JsonParser p, JsonToken t, ValueArena arena) throws IOException {
        if (t == null) {
            throw error("unexpected end of input", p.currentLocation());
        }
        switch (t) {
            case START_OBJECT:
                return readObject(p, JsonProjection.all(), arena);
            case START_ARRAY:
                return readArray(p, JsonProjection.all(), arena);
            case VALUE_STRING:
                return arena == null
                        ? Value.ofString(p.getText())
                        : arena.string(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                    case LONG:
                        return arena == null
                                ? Value.ofLong(p.getLongValue())
                                : arena.integer(p.getLongValue());
                    default:
                        return Value.ofBigInteger(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return readFractional(p, arena);
            case VALUE_TRUE:
                return Value.TRUE;
            case VALUE_FALSE:
                return Value.FALSE;
            case VALUE_NULL:
                return Value.NULL;
            default:
                throw error(
                        "expected a JSON value but found " + describe(t), p.currentTokenLocation());
        }
    }

    /** A number with a fraction or exponent, as {@link #withFractionalNumbers} says. */
    private Value readFractional(JsonParser p, ValueArena arena) throws IOException {
        if (fractionalNumbers == FractionalNumbers.DOUBLE || p.isNaN()) {
            // isNaN: NaN and infinities, only with ALLOW_NON_NUMERIC_NUMBERS
            double d = p.getDoubleValue();
            return arena == null ? Value.ofDouble(d) : arena.floating(d);
        }
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        int scale = DecimalText.plainScale(text, offset, length);
        if (scale >= 0) {
            long unscaled = DecimalText.unscaled(text, offset, length);
            return arena == null
                    ? DecimalValue.of(unscaled, scale)
                    : arena.decimal(unscaled, scale);
        }
        BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (NumberFormatException e) { // an exponent beyond BigDecimal's range
            throw withLocation(
                    "number out of range: " + e.getMessage(), p.currentTokenLocation(), e);
        }
        return arena == null ? Value.ofDecimal(d) : arena.decimal(d);
    }

    /** An object's fields; those {@code projection} does not name are skipped, not built. */
    private Value readObject(JsonParser p, JsonProjection projection, ValueArena arena)
            throws IOException {
        boolean prune = !projection.isAll();
        StructValue reused = arena == null ? null : arena.struct();
        String[] names = null;
        Value[] values = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw error(
                        "expected a field name but found " + describe(t), p.currentTokenLocation());
            }
            String name = p.currentName();
            JsonToken valueToken = p.nextToken();
            JsonProjection field = prune ? projection.field(name) : JsonProjection.all();
            if (field == null) {
                skipValue(p, valueToken);
                continue;
            }
            Value value = readProjected(p, valueToken, field, arena);
            if (reused != null) {
                arena.addField(reused, name, value);
                continue;
            }
            if (names == null) {
                names = new String[8];
                values = new Value[8];
            } else if (n == names.length) {
                names = Arrays.copyOf(names, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            names[n] = name;
            values[n] = value;
            n++;
        }
        if (reused != null) {
            return reused;
        }
        if (n == 0) {
            return StructValue.empty();
        }
        if (n != names.length) {
            names = Arrays.copyOf(names, n);
            values = Arrays.copyOf(values, n);
        }
        return StructValue.wrap(names, values);
    }

    /** An array whose elements are read under {@code element}. */
    private Value readArray(JsonParser p, JsonProjection element, ValueArena arena)
            throws IOException {
        ListValue reused = arena == null ? null : arena.list();
        Value[] elements = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            Value v = readProjected(p, t, element, arena);
            if (reused != null) {
                arena.addElement(reused, v);
                continue;
            }
            if (elements == null) {
                elements = new Value[8];
            } else if (n == elements.length) {
                elements = Arrays.copyOf(elements, n * 2);
            }
            elements[n++] = v;
        }
        if (reused != null) {
            return reused;
        }
        if (n == 0) {
            return ListValue.empty();
        }
        return ListValue.wrap(n == elements.length ? elements : Arrays.copyOf(elements, n));
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "'{'";
            case END_OBJECT -> "'}'";
            case START_ARRAY -> "'['";
            case END_ARRAY -> "']'";
            case FIELD_NAME -> "a field name";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /**
     * Skips the value starting at {@code t} without building it (still tokenized, so malformed JSON
     * is still an error). Unlike {@code skipChildren}, it stops at the end of the input of a
     * non-blocking parser too.
     */
    private static void skipValue(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = p.nextToken();
            if (next == null || next == JsonToken.NOT_AVAILABLE) {
                throw error("unexpected end of input", p.currentLocation());
            }
            if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            }
        }
    }

    private static ValueDecodeException error(String message, JsonLocation location) {
        return withLocation(message, location, null);
    }

    /** Converts a Jackson exception (or an I/O error) into the value layer's exception. */
    static RuntimeException decodeError(IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            return withLocation(jpe.getOriginalMessage(), jpe.getLocation(), jpe);
        }
        return new UncheckedIOException(e);
    }

    private static ValueDecodeException withLocation(
            String message, JsonLocation location, Throwable cause) {
        if (location == null) {
            return new ValueDecodeException("malformed JSON: " + message, cause);
        }
        long offset =
                location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        return new ValueDecodeException(
                "malformed JSON: " + message,
                offset,
                location.getLineNr(),
                location.getColumnNr(),
                cause);
    }
}
