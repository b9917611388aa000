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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
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
 * <p>Any malformed input (syntax error, truncated input, trailing content after a single value)
 * raises {@link ValueDecodeException} with the line, column and offset Jackson reports (byte offset
 * for byte input, character offset for text). I/O errors of streams raise {@link
 * UncheckedIOException}.
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
        try (JsonParser p = factory.createParser(json)) {
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
        try (JsonParser p = factory.createParser(json)) {
            return readSingle(p, projection);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    Value readProjected(JsonParser p, JsonToken t, JsonProjection projection) throws IOException {
        if (projection.isAll()) {
            return readValue(p, t);
        }
        if (t == JsonToken.START_OBJECT) {
            return readObject(p, projection);
        }
        if (t == JsonToken.START_ARRAY && projection.element() != null) {
            return readArray(p, projection.element());
        }
        return readValue(p, t);
    }

    /** All whitespace-separated top-level JSON values in {@code json}, e.g. JSON Lines. */
    public List<Value> readAll(String json) {
        try (JsonParser p = factory.createParser(json)) {
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
            return readValue(parser, t);
        } catch (IOException e) {
            throw decodeError(e);
        }
    }

    private List<Value> readRemaining(JsonParser p) throws IOException {
        List<Value> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            values.add(readValue(p, t));
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
        Value v = readProjected(p, t, projection);
        if (p.nextToken() != null) {
            throw error(
                    "expected the end of the input after the JSON value but found "
                            + describe(p.currentToken()),
                    p.currentTokenLocation());
        }
        return v;
    }

    Value readValue(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw error("unexpected end of input", p.currentLocation());
        }
        switch (t) {
            case START_OBJECT:
                return readObject(p);
            case START_ARRAY:
                return readArray(p);
            case VALUE_STRING:
                return Value.ofString(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                    case LONG:
                        return Value.ofLong(p.getLongValue());
                    default:
                        return Value.ofBigInteger(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                if (fractionalNumbers == FractionalNumbers.DOUBLE) {
                    return Value.ofDouble(p.getDoubleValue());
                }
                if (p.isNaN()) { // only with ALLOW_NON_NUMERIC_NUMBERS
                    return Value.ofDouble(p.getDoubleValue());
                }
                return Value.ofDecimal(p.getDecimalValue());
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

    private Value readObject(JsonParser p) throws IOException {
        return readObject(p, JsonProjection.all());
    }

    /** An object's fields; those {@code projection} does not name are skipped, not built. */
    private Value readObject(JsonParser p, JsonProjection projection) throws IOException {
        boolean prune = !projection.isAll();
        String[] names = null;
        Value[] values = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw error(
                        "expected a field name but found " + describe(t), p.currentTokenLocation());
            }
            String name = p.currentName();
            Value value;
            if (prune) {
                JsonProjection field = projection.field(name);
                JsonToken valueToken = p.nextToken();
                if (field == null) {
                    skipValue(p, valueToken);
                    continue;
                }
                value = readProjected(p, valueToken, field);
            } else {
                value = readValue(p, p.nextToken());
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
        if (n == 0) {
            return StructValue.empty();
        }
        if (n != names.length) {
            names = Arrays.copyOf(names, n);
            values = Arrays.copyOf(values, n);
        }
        return StructValue.wrap(names, values);
    }

    private Value readArray(JsonParser p) throws IOException {
        return readArray(p, JsonProjection.all());
    }

    /** An array whose elements are read under {@code element}. */
    private Value readArray(JsonParser p, JsonProjection element) throws IOException {
        boolean prune = !element.isAll();
        Value[] elements = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            Value v = prune ? readProjected(p, t, element) : readValue(p, t);
            if (elements == null) {
                elements = new Value[8];
            } else if (n == elements.length) {
                elements = Arrays.copyOf(elements, n * 2);
            }
            elements[n++] = v;
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
