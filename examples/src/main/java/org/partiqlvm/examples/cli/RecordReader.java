package org.partiqlvm.examples.cli;

import com.amazon.ion.IonBufferConfiguration;
import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.SpanProvider;
import com.amazon.ion.TextSpan;
import com.amazon.ion.system.IonReaderBuilder;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * Reads the CLI's input one top-level value at a time, with the line each value starts on, and
 * recovers from malformed records so that reading goes on after one.
 *
 * <p>Text input is cut into records by a {@link RecordSplitter} (linear time, memory bounded by the
 * record-size limit). JSON records are decoded by the given decoder: the CLI passes the same {@link
 * org.partiqlvm.value.json.JsonRecordReader} decoding the Flink JSON codecs use, so both accept and
 * reject the same records (strict UTF-8: invalid bytes are a bad record, never replaced). Ion text
 * is decoded by {@link IonValueReader} after a strict UTF-8 check. Ion binary input (detected by
 * its version marker) is read as a stream of values numbered from 1, each bounded by the
 * record-size limit like a text record (a longer value is skipped by ion-java's incremental reader
 * without being held, and reported as too large).
 *
 * <p>A bad record is reported as a {@link BadRecordException} naming its first line; calling {@link
 * #next()} again continues after it.
 */
public final class RecordReader implements Closeable {

    private static final byte[] ION_BINARY_MARKER = {(byte) 0xE0, 0x01, 0x00, (byte) 0xEA};

    private final InputFormat format;
    private final InputStream stream;
    private final RecordSplitter text;
    private final IonReader binary;
    private final ArrayDeque<Object> ready = new ArrayDeque<>(); // InputRecord | BadRecordException
    private int binaryOrdinal;
    private int oversized; // binary values the reader skipped for their size, not yet reported
    private boolean binaryBroken;
    private boolean binaryClosed;

    /**
     * A reader of {@code in} in {@code format}; closing it closes {@code in}.
     *
     * @param maxRecordBytes a longer record is returned {@linkplain InputRecord#tooLarge() without
     *     its bytes} (skipped to its end, never held)
     */
    public RecordReader(InputStream in, InputFormat format, long maxRecordBytes)
            throws IOException {
        this.format = format;
        BufferedInputStream buffered = new BufferedInputStream(in);
        this.stream = buffered;
        if (format == InputFormat.ION && startsWithIonBinaryMarker(buffered)) {
            this.binary = boundedBinaryReader(buffered, maxRecordBytes);
            this.text = null;
        } else {
            this.binary = null;
            this.text = new RecordSplitter(buffered, format == InputFormat.ION, maxRecordBytes);
        }
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws BadRecordException for a bad record; calling again continues after it
     */
    public InputRecord next() throws IOException {
        while (ready.isEmpty()) {
            if (!(binary != null ? readBinary() : readText())) {
                return null;
            }
        }
        Object next = ready.poll();
        if (next instanceof BadRecordException bad) {
            throw bad;
        }
        return (InputRecord) next;
    }

    /**
     * An incremental reader of binary Ion whose buffer holds at most one value of {@code
     * maxRecordBytes} (its encoded length: type descriptor, length and annotations included): a
     * longer top-level value is skipped without being held, and counted in {@link #oversized}.
     */
    private IonReader boundedBinaryReader(InputStream in, long maxRecordBytes) {
        IonBufferConfiguration.Builder buffer = IonBufferConfiguration.Builder.standard();
        int max =
                (int)
                        Math.max(
                                buffer.getMinimumMaximumBufferSize(),
                                Math.min(Integer.MAX_VALUE, maxRecordBytes));
        return IonReaderBuilder.standard()
                .withIncrementalReadingEnabled(true)
                .withBufferConfiguration(
                        buffer.withInitialBufferSize(Math.min(max, 1 << 15))
                                .withMaximumBufferSize(max)
                                .onOversizedValue(() -> oversized++)
                                // a symbol table cannot be skipped: the stream is damaged
                                .onOversizedSymbolTable(
                                        buffer.getThrowingOversizedSymbolTableHandler())
                                .build())
                .build(in);
    }

    private boolean readBinary() {
        if (binaryBroken) {
            return false;
        }
        try {
            IonType type = binary.next();
            for (; oversized > 0; oversized--) {
                binaryOrdinal++; // skipped by the reader, never held
                ready.add(new InputRecord(null, null, -1, binaryOrdinal, binaryOrdinal));
            }
            if (type == null) {
                binaryBroken = true;
                binaryClosed = true;
                binary.close(); // throws when the stream ends inside a value
                return !ready.isEmpty();
            }
            binaryOrdinal++;
            ready.add(
                    InputRecord.decoded(
                            IonValueReader.standard().readValue(binary), binaryOrdinal));
        } catch (IonException | ValueDecodeException | IOException e) {
            // A damaged binary stream cannot be resynchronized: report it and stop.
            ready.add(bad(binaryOrdinal + 1, "malformed Ion binary: " + e.getMessage(), e));
            binaryBroken = true;
        }
        return true;
    }

    private boolean readText() throws IOException {
        RecordSplitter.Segment s = text.next();
        if (s == null) {
            return false;
        }
        if (s.tooLarge()) {
            text.failed(s);
            ready.add(new InputRecord(null, null, s.size(), s.line(), s.endLine()));
        } else if (format == InputFormat.JSON) {
            ready.add(new InputRecord(null, s.bytes(), s.size(), s.line(), s.endLine()));
        } else {
            readIonText(s);
        }
        return true;
    }

    /**
     * Tells the reader that {@code record}, the last one returned, turned out malformed when it was
     * decoded: what follows it on its last line, and the continuation lines of a value that spanned
     * lines, belong to it and are dropped ({@link RecordSplitter#failed}).
     */
    public void rejected(InputRecord record) {
        if (text != null && record.json() != null) {
            text.failed(
                    new RecordSplitter.Segment(
                            null, record.size(), record.line(), record.endLine()));
        }
    }

    private void readIonText(RecordSplitter.Segment s) {
        String chunk;
        try {
            chunk =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(s.bytes()))
                            .toString();
        } catch (CharacterCodingException e) {
            text.failed(s);
            ready.add(bad(s.line(), "malformed Ion: invalid UTF-8", e));
            return;
        }
        try (IonReader r = IonReaderBuilder.standard().build(chunk)) {
            SpanProvider spans = r.asFacet(SpanProvider.class);
            while (r.next() != null) {
                int line = s.line();
                if (spans != null && spans.currentSpan() instanceof TextSpan span) {
                    line = s.line() + (int) span.getStartLine() - 1;
                }
                ready.add(InputRecord.decoded(IonValueReader.standard().readValue(r), line));
            }
        } catch (IonException | ValueDecodeException | IOException e) {
            text.failed(s);
            String message =
                    e instanceof ValueDecodeException v
                            ? v.getMessageWithoutLocation()
                            : e.getMessage();
            String prefix = e instanceof ValueDecodeException ? "" : "malformed Ion: ";
            ready.add(bad(s.line(), prefix + firstLine(message), e));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    private static BadRecordException bad(int line, String message, Throwable cause) {
        return new BadRecordException(line, message, cause);
    }

    private static boolean startsWithIonBinaryMarker(BufferedInputStream in) throws IOException {
        in.mark(ION_BINARY_MARKER.length);
        byte[] head = in.readNBytes(ION_BINARY_MARKER.length);
        in.reset();
        return Arrays.equals(head, ION_BINARY_MARKER);
    }

    @Override
    public void close() throws IOException {
        if (binary != null && !binaryClosed) {
            binaryClosed = true;
            binary.close();
        }
        stream.close();
    }
}
