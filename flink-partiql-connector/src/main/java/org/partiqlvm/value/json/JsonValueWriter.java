package org.partiqlvm.value.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.DecimalText;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.TemporalText;
import org.partiqlvm.value.TextValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;

/**
 * Writes values as JSON through Jackson's streaming {@link JsonGenerator}. Immutable and
 * thread-safe. JSON has fewer types than PartiQL, so some information is lost; the mapping follows
 * Ion's rules for down-converting to JSON:
 *
 * <ul>
 *   <li>MISSING: a struct field whose value is MISSING is <em>omitted</em>; a MISSING element of a
 *       list, bag or sexp, and a top-level MISSING, is written as {@code null};
 *   <li>NULL (typed or not) → {@code null}; BOOL → {@code true}/{@code false};
 *   <li>INT → integer of any size; DECIMAL → the exact number ({@link
 *       java.math.BigDecimal#toString}, which may use an exponent: {@code 1E+3});
 *   <li>FLOAT → a number; NaN and ±infinity → {@code null} by default (JSON has no such numbers),
 *       or the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} with {@link
 *       #withNonFiniteFloatsAsStrings(boolean)};
 *   <li>STRING, SYMBOL → string; BLOB → base64 string; CLOB → string of its bytes read as
 *       ISO-8859-1 (one character per byte);
 *   <li>DATE, TIME, TIMESTAMP → ISO-8601 strings ({@code "2021-08-22"}, {@code "12:30:45.5+01:00"},
 *       {@code "2021-08-22T12:30:45"}) with exactly the value's fractional precision; intervals →
 *       ISO-8601 durations ({@code "P1Y2M"}, {@code "-P1DT2H"});
 *   <li>LIST, BAG, SEXP → array; STRUCT → object, in field order, repeated names repeated.
 * </ul>
 *
 * I/O errors raise {@link UncheckedIOException}.
 */
public final class JsonValueWriter {

    private static final JsonValueWriter STANDARD = new JsonValueWriter(new JsonFactory(), false);

    private final JsonFactory factory;
    private final boolean nonFiniteAsStrings;

    private JsonValueWriter(JsonFactory factory, boolean nonFiniteAsStrings) {
        this.factory = factory;
        this.nonFiniteAsStrings = nonFiniteAsStrings;
    }

    /** The default writer: compact output, non-finite floats as {@code null}. */
    public static JsonValueWriter standard() {
        return STANDARD;
    }

    /** A copy writing NaN and infinities as strings ({@code true}) or {@code null}. */
    public JsonValueWriter withNonFiniteFloatsAsStrings(boolean asStrings) {
        return new JsonValueWriter(factory, asStrings);
    }

    /** A copy using {@code jsonFactory} to create generators. */
    public JsonValueWriter withFactory(JsonFactory jsonFactory) {
        return new JsonValueWriter(jsonFactory, nonFiniteAsStrings);
    }

    /** {@code value} as a JSON string. */
    public String writeToString(Value value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code value} as UTF-8 JSON bytes. */
    public byte[] writeToBytes(Value value) {
        try (ByteArrayBuilder out = new ByteArrayBuilder()) {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                write(value, g);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} as UTF-8 JSON to {@code out} (which stays open). */
    public void write(Value value, OutputStream out) {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code value} as the next JSON value of {@code generator} (a root value, an array
     * element, or the value after a field name the caller wrote). Does not flush.
     */
    public void write(Value value, JsonGenerator generator) throws IOException {
        write(value, generator, null);
    }

    /**
     * {@link #write(Value, JsonGenerator)} that writes compact DECIMALs through {@code numberText}
     * (at least {@link DecimalText#MAX_FORMATTED_LENGTH} chars, or null) instead of creating their
     * text; for one thread's reused writer loop.
     */
    public void write(Value value, JsonGenerator generator, char[] numberText) throws IOException {
        switch (value.kind()) {
            case MISSING, NULL -> generator.writeNull();
            case BOOL -> generator.writeBoolean(value.booleanValue());
            case INT -> {
                if (value.fitsLong()) {
                    generator.writeNumber(value.asLong());
                } else {
                    generator.writeNumber(value.asBigInteger());
                }
            }
            case DECIMAL -> writeDecimal((DecimalValue) value, generator, numberText);
            case FLOAT -> writeFloat(value.asDouble(), generator);
            case STRING, SYMBOL -> {
                TextValue text = (TextValue) value;
                if (text.isCharSlice()) {
                    generator.writeString(text.sliceChars(), text.sliceStart(), text.sliceLength());
                } else {
                    generator.writeString(text.asString());
                }
            }
            case BLOB -> generator.writeBinary(value.asBytes());
            case CLOB -> generator.writeString(latin1(value.asBytes()));
            case DATE, TIME, TIMESTAMP, INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME ->
                    generator.writeString(isoText(value));
            case LIST, BAG, SEXP -> {
                generator.writeStartArray();
                for (int i = 0, n = value.size(); i < n; i++) {
                    write(value.get(i), generator, numberText);
                }
                generator.writeEndArray();
            }
            case STRUCT -> {
                generator.writeStartObject();
                for (int i = 0, n = value.fieldCount(); i < n; i++) {
                    Value field = value.fieldValue(i);
                    if (!field.isMissing()) {
                        generator.writeFieldName(value.fieldName(i));
                        write(field, generator, numberText);
                    }
                }
                generator.writeEndObject();
            }
        }
    }

    private static void writeDecimal(DecimalValue d, JsonGenerator g, char[] numberText)
            throws IOException {
        int n =
                numberText != null && d.isCompact()
                        ? DecimalText.format(d.unscaledLong(), d.scale(), numberText)
                        : -1;
        if (n > 0) {
            g.writeNumber(numberText, 0, n); // the text BigDecimal.toString() gives
        } else {
            g.writeNumber(d.asBigDecimal());
        }
    }

    private void writeFloat(double d, JsonGenerator g) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else if (!nonFiniteAsStrings) {
            g.writeNull();
        } else if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The ISO-8601 text of a datetime or interval value, as written to JSON. */
    public static String isoText(Value value) {
        StringBuilder sb = new StringBuilder(32);
        switch (value.kind()) {
            case DATE -> TemporalText.appendDate(sb, ((DateValue) value).date());
            case TIME -> {
                TimeValue t = (TimeValue) value;
                TemporalText.appendTime(sb, t.time(), t.precision());
                if (t.hasTimeZone()) {
                    TemporalText.appendOffset(sb, t.offset());
                }
            }
            case TIMESTAMP -> {
                TimestampValue t = (TimestampValue) value;
                TemporalText.appendDate(sb, t.dateTime().toLocalDate());
                sb.append('T');
                TemporalText.appendTime(sb, t.dateTime().toLocalTime(), t.precision());
                if (t.hasTimeZone()) {
                    TemporalText.appendOffset(sb, t.offset());
                }
            }
            case INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME ->
                    TemporalText.appendIsoDuration(sb, value);
            default -> throw new IllegalArgumentException("not a datetime: " + value.typeName());
        }
        return sb.toString();
    }
}
