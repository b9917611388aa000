package org.partiqlvm.examples.cli;

import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.SpanProvider;
import com.amazon.ion.TextSpan;
import com.amazon.ion.system.IonReaderBuilder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ion.IonValueReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Reads the CLI's input one top-level value at a time, with the line each value starts on, and
 * recovers from malformed records so that reading can go on after one.
 *
 * <p>Text input (JSON or Ion text) is read line by line: usually one record per line (JSON Lines),
 * but a value may span lines (pretty-printed) and a line may hold several values. A malformed
 * record is reported as a {@link BadRecordException} naming its first line; reading resumes on the
 * next line, so one truncated line costs one record, never the rest of the file. Ion binary input
 * (detected by its version marker) is read as a stream of values numbered from 1.
 */
public final class RecordReader implements Closeable {

    /** A value spanning more lines than this is reported as malformed. */
    static final int MAX_LINES_PER_RECORD = 100_000;

    private static final byte[] ION_BINARY_MARKER = {(byte) 0xE0, 0x01, 0x00, (byte) 0xEA};
    private static final JsonFactory JSON = new JsonFactory();
    private static final String INCOMPLETE = "the record ends inside a value";

    private final InputFormat format;
    private final BufferedReader text;
    private final IonReader binary;
    private final ArrayDeque<Object> ready = new ArrayDeque<>(); // InputRecord | BadRecordException
    private final ArrayDeque<Line> pushedBack = new ArrayDeque<>();
    private int lineNumber;
    private int binaryOrdinal;
    private boolean binaryBroken;

    private record Line(String text, int number) {}

    /** The outcome of parsing some lines: values, then possibly an error or a truncated value. */
    private record Parse(List<InputRecord> values, boolean incomplete, String error, int line) {}

    /** A reader of {@code in} in {@code format}; closing it closes {@code in}. */
    public RecordReader(InputStream in, InputFormat format) throws IOException {
        this.format = format;
        BufferedInputStream buffered = new BufferedInputStream(in);
        if (format == InputFormat.ION && startsWithIonBinaryMarker(buffered)) {
            this.binary = IonReaderBuilder.standard().build(buffered);
            this.text = null;
        } else {
            this.binary = null;
            this.text = new BufferedReader(new InputStreamReader(buffered, StandardCharsets.UTF_8));
        }
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws BadRecordException for a malformed record; calling again continues after it
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

    private boolean readBinary() {
        if (binaryBroken) {
            return false;
        }
        try {
            if (binary.next() == null) {
                return false;
            }
            binaryOrdinal++;
            ready.add(new InputRecord(IonValueReader.standard().readValue(binary), binaryOrdinal));
        } catch (IonException | ValueDecodeException e) {
            // A damaged binary stream cannot be resynchronized: report it and stop.
            ready.add(bad(binaryOrdinal + 1, "malformed Ion binary: " + e.getMessage(), e));
            binaryBroken = true;
        }
        return true;
    }

    private boolean readText() throws IOException {
        List<Line> record = new ArrayList<>();
        while (true) {
            Line line = nextLine();
            if (line == null) {
                if (record.isEmpty()) {
                    return false;
                }
                failRecord(record, INCOMPLETE);
                return true;
            }
            if (record.isEmpty() && line.text().isBlank()) {
                continue;
            }
            record.add(line);
            Parse parse = parse(record);
            if (parse.incomplete() && record.size() < MAX_LINES_PER_RECORD) {
                continue;
            }
            if (parse.error() == null && !parse.incomplete()) {
                ready.addAll(parse.values());
                return true;
            }
            if (record.size() > 1) {
                // The first line alone is the bad record; its successors get a fresh start.
                failRecord(record, parse.incomplete() ? "value too long" : parse.error());
                return true;
            }
            ready.addAll(parse.values());
            ready.add(bad(parse.line(), parse.error(), null));
            return true;
        }
    }

    /** Reports the record starting on the first of {@code lines}, re-reading the others. */
    private void failRecord(List<Line> lines, String fallbackMessage) {
        Parse first = parse(lines.subList(0, 1));
        ready.addAll(first.values());
        String message = first.error() != null ? first.error() : fallbackMessage;
        ready.add(bad(lines.get(0).number(), message, null));
        for (int i = lines.size() - 1; i >= 1; i--) {
            pushedBack.push(lines.get(i));
        }
    }

    private Line nextLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String s = text.readLine();
        return s == null ? null : new Line(s, ++lineNumber);
    }

    private Parse parse(List<Line> lines) {
        StringBuilder joined = new StringBuilder();
        for (Line l : lines) {
            joined.append(l.text()).append('\n');
        }
        int firstLine = lines.get(0).number();
        return format == InputFormat.JSON
                ? parseJson(joined.toString(), firstLine)
                : parseIon(joined.toString(), firstLine);
    }

    private static Parse parseJson(String text, int firstLine) {
        List<InputRecord> values = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = firstLine + p.currentTokenLocation().getLineNr() - 1;
                values.add(new InputRecord(JsonValueReader.standard().readValue(p), line));
            }
            return new Parse(values, false, null, firstLine);
        } catch (JsonEOFException e) {
            return new Parse(values, true, INCOMPLETE, firstLine);
        } catch (ValueDecodeException e) {
            if (e.getCause() instanceof JsonEOFException || e.offset() >= contentEnd(text)) {
                return new Parse(values, true, INCOMPLETE, firstLine);
            }
            String column = e.column() > 0 ? " (column " + e.column() + ")" : "";
            return new Parse(
                    values, false, e.getMessageWithoutLocation() + column, at(firstLine, e.line()));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? firstLine : at(firstLine, where.getLineNr());
            String column = where == null ? "" : " (column " + where.getColumnNr() + ")";
            return new Parse(
                    values, false, "malformed JSON: " + e.getOriginalMessage() + column, line);
        } catch (IOException e) {
            return new Parse(values, false, "malformed JSON: " + e.getMessage(), firstLine);
        }
    }

    private static Parse parseIon(String text, int firstLine) {
        List<InputRecord> values = new ArrayList<>();
        try (IonReader r = IonReaderBuilder.standard().build(text)) {
            SpanProvider spans = r.asFacet(SpanProvider.class);
            while (r.next() != null) {
                int line = firstLine;
                if (spans != null && spans.currentSpan() instanceof TextSpan span) {
                    line = firstLine + (int) span.getStartLine() - 1;
                }
                values.add(new InputRecord(IonValueReader.standard().readValue(r), line));
            }
            return new Parse(values, false, null, firstLine);
        } catch (IonException | ValueDecodeException | IOException e) {
            if (openBrackets(text) > 0) {
                return new Parse(values, true, INCOMPLETE, firstLine);
            }
            return new Parse(
                    values, false, "malformed Ion: " + firstLine(e.getMessage()), firstLine);
        }
    }

    /** Unclosed {@code {[(} outside strings and comments: whether an Ion value may continue. */
    static int openBrackets(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol;
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static int skipQuoted(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }

    /** The offset just past the last non-blank character: an error there means "unfinished". */
    private static int contentEnd(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int at(int firstLine, int relativeLine) {
        return relativeLine > 0 ? firstLine + relativeLine - 1 : firstLine;
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
        if (binary != null) {
            binary.close();
        } else {
            text.close();
        }
    }
}
