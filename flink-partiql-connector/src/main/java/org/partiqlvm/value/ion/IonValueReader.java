package org.partiqlvm.value.ion;

import com.amazon.ion.IntegerSize;
import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.IonValue;
import com.amazon.ion.OffsetSpan;
import com.amazon.ion.Span;
import com.amazon.ion.SpanProvider;
import com.amazon.ion.TextSpan;
import com.amazon.ion.Timestamp;
import com.amazon.ion.system.IonReaderBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.NullValue;
import org.partiqlvm.value.SexpValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;

/**
 * Reads Ion (text or binary, or an ion-java DOM {@link IonValue}) into values, streaming over an
 * {@link IonReader}, with exact types and the PartiQL-in-Ion conventions of {@link IonAnnotations}.
 * Immutable and thread-safe.
 *
 * <p>Ion types map one to one: bool → BOOL, int → INT (any size), decimal → DECIMAL (scale kept;
 * {@code 1.} and {@code 1d0} are decimals), float → FLOAT ({@code 1e0}, {@code nan}, {@code +inf}),
 * string → STRING, symbol → SYMBOL, blob → BLOB, clob → CLOB, list → LIST, sexp → SEXP, struct →
 * STRUCT (field order and repeated names kept), timestamp → TIMESTAMP (WITH TIME ZONE when the
 * offset is known, WITHOUT for the unknown offset {@code -00:00} and date-only timestamps;
 * fractional seconds beyond nanoseconds are truncated). Typed nulls ({@code null.int}) become
 * {@link NullValue}s remembering their kind. Annotations other than the PartiQL ones are dropped.
 *
 * <p>Malformed Ion and malformed PartiQL encodings ({@code $missing::1}, {@code $date::{year:
 * 2021}}) raise {@link ValueDecodeException}, with the line and column (text) or byte offset
 * (binary) when ion-java reports it; so do values nested more than {@value #MAX_DEPTH} containers
 * deep (as JSON's reader, never a stack overflow) and timestamps this engine cannot hold (an offset
 * beyond ±18:00).
 *
 * <pre>{@code
 * Value v = IonValueReader.standard().read("$bag::[{a: 1.0, b: $missing::null}]");
 * Value expected = IonValueReader.standard().fromIonValue(testCase.get("output"));
 * }</pre>
 */
public final class IonValueReader {

    /** The deepest nesting of containers read (Jackson's default for JSON is 1,000). */
    public static final int MAX_DEPTH = 1_000;

    private static final IonValueReader STANDARD = new IonValueReader(IonReaderBuilder.standard());

    private final IonReaderBuilder readers;

    private IonValueReader(IonReaderBuilder readers) {
        this.readers = readers;
    }

    /** The reader over {@link IonReaderBuilder#standard()}. */
    public static IonValueReader standard() {
        return STANDARD;
    }

    /** The one top-level value of Ion text {@code ion}. */
    public Value read(String ion) {
        try (IonReader r = readers.build(ion)) {
            return readSingle(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one top-level value of Ion text or binary {@code ion}. */
    public Value read(byte[] ion) {
        try (IonReader r = readers.build(ion)) {
            return readSingle(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All top-level values of Ion text {@code ion}. */
    public List<Value> readAll(String ion) {
        try (IonReader r = readers.build(ion)) {
            return readRemaining(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All top-level values of an Ion text or binary stream (which is closed afterwards). */
    public List<Value> readAll(InputStream in) {
        try (IonReader r = readers.build(in)) {
            return readRemaining(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of an ion-java DOM value (the conformance harness holds envs and outputs so). */
    public Value fromIonValue(IonValue ion) {
        try (IonReader r = readers.build(ion)) {
            return readSingle(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The value the reader is positioned on (after {@link IonReader#next()} returned non-null).
     * Containers are stepped into and out of, so the reader stays on the same value at the same
     * depth: call {@code next()} to move on.
     */
    public Value readValue(IonReader reader) {
        try {
            return readCurrent(reader, 0);
        } catch (IonException e) {
            throw error(reader, "malformed Ion: " + e.getMessage(), e);
        }
    }

    private Value readSingle(IonReader r) {
        try {
            if (r.next() == null) {
                throw new ValueDecodeException("expected an Ion value but the input is empty");
            }
            Value v = readCurrent(r, 0);
            if (r.next() != null) {
                throw error(r, "expected one Ion value but found more", null);
            }
            return v;
        } catch (IonException e) {
            throw error(r, "malformed Ion: " + e.getMessage(), e);
        }
    }

    private List<Value> readRemaining(IonReader r) {
        List<Value> values = new ArrayList<>();
        try {
            while (r.next() != null) {
                values.add(readCurrent(r, 0));
            }
        } catch (IonException e) {
            throw error(r, "malformed Ion: " + e.getMessage(), e);
        }
        return values;
    }

    private Value readCurrent(IonReader r, int depth) {
        String[] annotations = r.getTypeAnnotations();
        String annotation = annotations.length == 0 ? null : annotations[annotations.length - 1];
        if (annotation == null || annotation.isEmpty() || annotation.charAt(0) != '$') {
            return readPlain(r, depth);
        }
        IonType type = r.getType();
        switch (annotation) {
            case IonAnnotations.ION:
                return readPlain(r, depth);
            case IonAnnotations.MISSING:
                if (!r.isNullValue()) {
                    throw error(r, "$missing must annotate null, found " + type, null);
                }
                return Value.MISSING;
            case IonAnnotations.BAG:
                if (r.isNullValue()) {
                    return NullValue.of(ValueKind.BAG);
                }
                if (type != IonType.LIST) {
                    throw error(r, "$bag must annotate a list, found " + type, null);
                }
                return BagValue.wrap(readElements(r, depth));
            case IonAnnotations.DATE:
            case IonAnnotations.TIME:
            case IonAnnotations.TIMESTAMP:
            case IonAnnotations.INTERVAL_YM:
            case IonAnnotations.INTERVAL_DT:
                return readEncoded(r, annotation, depth);
            case IonAnnotations.GRAPH:
                throw error(r, "PartiQL graph values ($graph) are not supported", null);
            default:
                return readPlain(r, depth); // some other annotation: dropped
        }
    }

    private Value readEncoded(IonReader r, String annotation, int depth) {
        if (r.isNullValue()) {
            return NullValue.of(IonEncodings.kindOf(annotation));
        }
        try {
            return IonEncodings.decode(annotation, r.getType(), readPlain(r, depth));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            throw error(r, "malformed " + annotation + " value: " + e.getMessage(), e);
        }
    }

    private Value readPlain(IonReader r, int depth) {
        IonType type = r.getType();
        if (r.isNullValue()) {
            return NullValue.of(kindOf(type));
        }
        switch (type) {
            case BOOL:
                return Value.ofBool(r.booleanValue());
            case INT:
                return r.getIntegerSize() == IntegerSize.BIG_INTEGER
                        ? Value.ofBigInteger(r.bigIntegerValue())
                        : Value.ofLong(r.longValue());
            case FLOAT:
                return Value.ofDouble(r.doubleValue());
            case DECIMAL:
                return Value.ofDecimal(r.bigDecimalValue());
            case TIMESTAMP:
                try {
                    return timestamp(r.timestampValue());
                } catch (DateTimeException e) {
                    throw error(r, "unsupported timestamp: " + e.getMessage(), e);
                }
            case STRING:
                return Value.ofString(r.stringValue());
            case SYMBOL:
                {
                    String text = r.stringValue();
                    if (text == null) {
                        throw error(r, "symbol with unknown text", null);
                    }
                    return Value.ofSymbol(text);
                }
            case BLOB:
                return Value.ofBlob(r.newBytes());
            case CLOB:
                return Value.ofClob(r.newBytes());
            case LIST:
                return ListValue.wrap(readElements(r, depth));
            case SEXP:
                return SexpValue.wrap(readElements(r, depth));
            case STRUCT:
                return readStruct(r, depth);
            default:
                throw error(r, "unexpected Ion type " + type, null);
        }
    }

    private Value[] readElements(IonReader r, int depth) {
        Value[] elements = new Value[8];
        int n = 0;
        stepIn(r, depth);
        while (r.next() != null) {
            if (n == elements.length) {
                elements = Arrays.copyOf(elements, n * 2);
            }
            elements[n++] = readCurrent(r, depth + 1);
        }
        r.stepOut();
        return Arrays.copyOf(elements, n);
    }

    private Value readStruct(IonReader r, int depth) {
        String[] names = new String[8];
        Value[] values = new Value[8];
        int n = 0;
        stepIn(r, depth);
        while (r.next() != null) {
            String name = r.getFieldName();
            if (name == null) {
                throw error(r, "struct field name with unknown text", null);
            }
            if (n == names.length) {
                names = Arrays.copyOf(names, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            names[n] = name;
            values[n] = readCurrent(r, depth + 1);
            n++;
        }
        r.stepOut();
        return StructValue.wrap(Arrays.copyOf(names, n), Arrays.copyOf(values, n));
    }

    /** Steps into the container at {@code depth} (0: top level), within {@link #MAX_DEPTH}. */
    private static void stepIn(IonReader r, int depth) {
        if (depth >= MAX_DEPTH) {
            throw error(r, "Ion value nested more than " + MAX_DEPTH + " containers deep", null);
        }
        r.stepIn();
    }

    /** The kind of a typed Ion null. */
    static ValueKind kindOf(IonType type) {
        return switch (type) {
            case NULL -> ValueKind.NULL;
            case BOOL -> ValueKind.BOOL;
            case INT -> ValueKind.INT;
            case FLOAT -> ValueKind.FLOAT;
            case DECIMAL -> ValueKind.DECIMAL;
            case TIMESTAMP -> ValueKind.TIMESTAMP;
            case STRING -> ValueKind.STRING;
            case SYMBOL -> ValueKind.SYMBOL;
            case BLOB -> ValueKind.BLOB;
            case CLOB -> ValueKind.CLOB;
            case LIST -> ValueKind.LIST;
            case SEXP -> ValueKind.SEXP;
            case STRUCT -> ValueKind.STRUCT;
            default -> throw new IllegalArgumentException("unexpected Ion type " + type);
        };
    }

    /** The TIMESTAMP of an Ion timestamp (see the class comment). */
    static TimestampValue timestamp(Timestamp ts) {
        BigDecimal fraction = ts.getDecimalSecond().subtract(BigDecimal.valueOf(ts.getSecond()));
        int nanos = 0;
        int precision = 0;
        if (fraction.scale() > 0) {
            precision = Math.min(9, fraction.scale());
            nanos = fraction.movePointRight(9).setScale(0, RoundingMode.DOWN).intValueExact();
        }
        LocalDateTime dateTime =
                LocalDateTime.of(
                        ts.getYear(),
                        ts.getMonth(),
                        ts.getDay(),
                        ts.getHour(),
                        ts.getMinute(),
                        ts.getSecond(),
                        nanos);
        Integer offset = ts.getLocalOffset();
        ZoneOffset zone = offset == null ? null : ZoneOffset.ofTotalSeconds(offset * 60);
        return TimestampValue.of(dateTime, zone, precision);
    }

    private static ValueDecodeException error(IonReader r, String message, Throwable cause) {
        long offset = -1;
        int line = -1;
        int column = -1;
        try {
            SpanProvider spans = r.asFacet(SpanProvider.class);
            if (spans != null) {
                Span span = spans.currentSpan();
                TextSpan text = span.asFacet(TextSpan.class);
                if (text != null) {
                    line = (int) text.getStartLine();
                    column = (int) text.getStartColumn();
                }
                OffsetSpan bytes = span.asFacet(OffsetSpan.class);
                if (bytes != null) {
                    offset = bytes.getStartOffset();
                }
            }
        } catch (RuntimeException noSpan) {
            // the reader has no current value (e.g. it failed mid-token): location unknown
        }
        return new ValueDecodeException(message, offset, line, column, cause);
    }
}
