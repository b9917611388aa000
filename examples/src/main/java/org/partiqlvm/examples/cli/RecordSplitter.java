package org.partiqlvm.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts the CLI's text input into records without decoding them: one pass over the bytes (linear
 * time however many lines a value spans) and memory bounded by the record-size limit (a longer
 * record is skipped to its end and reported, never held).
 *
 * <p>JSON: each segment is one top-level value (an object or array to its matching bracket, a
 * string, or a bare scalar) together with the rest of the line it ends on, so a value may span
 * lines (pretty-printed) but one line holds one record: <code>{"a":1}&#125;</code> or {@code 1 2}
 * is one record, which the decoder rejects for its trailing content, exactly as the Flink operators
 * reject that text as one message. Ion text: each segment is a run of whole lines that ends where
 * every bracket, string, long string and comment is closed, and may hold several values. Brackets
 * inside strings and comments do not count.
 *
 * <p>Recovery from damaged input, so that one bad record costs exactly one record:
 *
 * <ul>
 *   <li>A line starting in its first column with {@code {} or {@code [} while a value is still open
 *       ends the open value (it was truncated) and starts a new one. Lines inside a pretty-printed
 *       value are indented or start with a closing bracket, so this cuts only truncated values.
 *       <li>After a bad record ({@link #failed}), the rest of its last line is dropped; after a bad
 *       record that spanned lines, the continuation lines that follow it (indented, or starting
 *       with {@code } ] ,}) are dropped too, so the fragments of a broken pretty-printed value
 *       never come out as records of their own.
 * </ul>
 *
 * A leading UTF-8 byte order mark is skipped.
 */
final class RecordSplitter {

    /**
     * One record as it was cut from the input.
     *
     * @param bytes the record's bytes, or null when it is longer than the limit
     * @param size the record's length in bytes
     * @param line the 1-based line it starts on
     * @param endLine the 1-based line it ends on
     */
    record Segment(byte[] bytes, long size, int line, int endLine) {
        boolean tooLarge() {
            return bytes == null;
        }
    }

    private enum Kind {
        CONTAINER,
        STRING,
        SCALAR,
        /** After a value ended, or a stray closing bracket: up to the end of the line. */
        REST_OF_LINE,
        ION_CHUNK
    }

    private final InputStream in;
    private final boolean ion;
    private final long maxBytes;

    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private boolean eof;

    private byte[] seg = new byte[1024];
    private int segLen;
    private long segBytes;
    private Kind kind; // null: between records
    private int segLine;

    private int line = 1;
    private boolean atLineStart = true;
    private int depth;
    private byte quote; // 0, or the quote of the string being read
    private boolean escape;
    private boolean longString;
    private boolean lineComment;
    private boolean blockComment;
    private boolean lob;

    private boolean skipRestOfLine;
    private boolean absorbing;
    private int lastMultiLineEnd = -1;

    RecordSplitter(InputStream in, boolean ion, long maxBytes) throws IOException {
        this.in = in;
        this.ion = ion;
        this.maxBytes = maxBytes;
        if (fill(3) >= 3
                && buf[0] == (byte) 0xEF
                && buf[1] == (byte) 0xBB
                && buf[2] == (byte) 0xBF) {
            bufPos = 3;
        }
    }

    /** The next record, or null at the end of the input. */
    Segment next() throws IOException {
        while (true) {
            int b = read();
            if (b < 0) {
                return kind == null ? null : cut(atLineStart ? line - 1 : line);
            }
            if (atLineStart) {
                atLineStart = false;
                if (absorbing) {
                    if (isContinuation(b)) {
                        skipRestOfLine = b != '\n';
                        if (b == '\n') {
                            newLine();
                        }
                        continue;
                    }
                    absorbing = false;
                }
                if (kind != null
                        && depth > 0
                        && !longString
                        && !blockComment
                        && !lob
                        && (b == '{' || b == '[')) {
                    bufPos--; // this line starts the next record
                    atLineStart = true;
                    return cut(line - 1);
                }
            }
            if (skipRestOfLine) {
                if (b == '\n') {
                    skipRestOfLine = false;
                    newLine();
                }
                continue;
            }
            Segment done = ion ? ionByte(b) : jsonByte(b);
            if (done != null) {
                return done;
            }
        }
    }

    /**
     * Tells the splitter that {@code s}, the last segment returned, is a bad record: the rest of
     * its last line, and the continuation lines of a value that spanned lines, are dropped.
     */
    void failed(Segment s) {
        if (!atLineStart && line == s.endLine()) {
            skipRestOfLine = true;
        }
        if (s.line() != s.endLine() || s.line() == lastMultiLineEnd) {
            absorbing = true;
        }
    }

    private static boolean isContinuation(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '}' || b == ']' || b == ',';
    }

    private Segment jsonByte(int b) {
        if (kind == null) {
            switch (b) {
                case ' ', '\t', '\r' -> {
                    return null;
                }
                case '\n' -> {
                    newLine();
                    return null;
                }
                case '{', '[' -> {
                    start(Kind.CONTAINER);
                    depth = 1;
                }
                case '"' -> {
                    start(Kind.STRING);
                    quote = '"';
                }
                case '}', ']' -> start(Kind.REST_OF_LINE);
                default -> start(Kind.SCALAR);
            }
            append(b);
            return null;
        }
        if (b == '\n') {
            // A JSON string never spans lines: an open one is broken, and so is its record.
            quote = 0;
            escape = false;
            if (kind != Kind.CONTAINER) {
                int end = line;
                newLine();
                return cut(end);
            }
            append(b);
            newLine();
            return null;
        }
        append(b);
        if (quote != 0) {
            if (escape) {
                escape = false;
            } else if (b == '\\') {
                escape = true;
            } else if (b == '"') {
                quote = 0;
                if (kind == Kind.STRING) {
                    kind = Kind.REST_OF_LINE; // the record goes on to the end of its line
                }
            }
            return null;
        }
        if (kind == Kind.CONTAINER) {
            if (b == '"') {
                quote = '"';
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                kind = Kind.REST_OF_LINE; // the record goes on to the end of its line
            }
        }
        return null;
    }

    private Segment ionByte(int b) throws IOException {
        if (kind == null) {
            if (b == ' ' || b == '\t' || b == '\r') {
                return null;
            }
            if (b == '\n') {
                newLine();
                return null;
            }
            start(Kind.ION_CHUNK);
        }
        append(b);
        if (b == '\n') {
            int end = line;
            newLine();
            lineComment = false;
            if (quote != 0) { // a short string or quoted symbol never spans lines
                quote = 0;
                escape = false;
            }
            if (depth <= 0 && !longString && !blockComment && !lob) {
                return cut(end);
            }
            return null;
        }
        if (lineComment) {
            return null;
        }
        if (blockComment) {
            if (b == '*' && peek() == '/') {
                append(read());
                blockComment = false;
            }
            return null;
        }
        if (quote != 0 || longString) {
            if (escape) {
                escape = false;
            } else if (b == '\\') {
                escape = true;
            } else if (longString) {
                if (b == '\'' && peek() == '\'' && peek2() == '\'') {
                    append(read());
                    append(read());
                    longString = false;
                }
            } else if (b == quote) {
                quote = 0;
            }
            return null;
        }
        switch (b) {
            case '"' -> quote = '"';
            case '\'' -> {
                if (peek() == '\'' && peek2() == '\'') {
                    append(read());
                    append(read());
                    longString = true;
                } else {
                    quote = '\'';
                }
            }
            case '/' -> {
                if (peek() == '/') {
                    lineComment = true;
                } else if (peek() == '*') {
                    append(read());
                    blockComment = true;
                }
            }
            case '{' -> {
                if (!lob && peek() == '{') {
                    append(read());
                    lob = true;
                } else {
                    depth++;
                }
            }
            case '}' -> {
                if (lob) {
                    if (peek() == '}') {
                        append(read());
                        lob = false;
                    }
                } else {
                    depth--;
                }
            }
            case '[', '(' -> depth += lob ? 0 : 1;
            case ']', ')' -> depth -= lob ? 0 : 1;
            default -> {}
        }
        return null;
    }

    private void start(Kind k) {
        kind = k;
        segLine = line;
        segLen = 0;
        segBytes = 0;
        depth = 0;
        quote = 0;
        escape = false;
        longString = false;
        lineComment = false;
        blockComment = false;
        lob = false;
    }

    private void append(int b) {
        if (++segBytes > maxBytes) {
            segLen = 0; // too large: go on to its end without keeping it
            return;
        }
        if (segLen == seg.length) {
            seg = Arrays.copyOf(seg, (int) Math.min(maxBytes, 2L * seg.length));
        }
        seg[segLen++] = (byte) b;
    }

    private Segment cut(int endLine) {
        while (segLen > 0
                && segBytes <= maxBytes
                && (seg[segLen - 1] == '\n' || seg[segLen - 1] == '\r')) {
            segLen--; // a value cut short at a line end: its error is at the end of its last line
            segBytes--;
        }
        byte[] bytes = segBytes > maxBytes ? null : Arrays.copyOf(seg, segLen);
        Segment s = new Segment(bytes, segBytes, segLine, Math.max(segLine, endLine));
        if (s.line() != s.endLine()) {
            lastMultiLineEnd = s.endLine();
        }
        kind = null;
        depth = 0;
        quote = 0;
        if (seg.length > 1 << 20) {
            seg = new byte[1024]; // do not hold on to one huge record's buffer
        }
        return s;
    }

    private void newLine() {
        line++;
        atLineStart = true;
    }

    private int read() throws IOException {
        if (bufPos == bufLen && fill(1) == 0) {
            return -1;
        }
        return buf[bufPos++] & 0xFF;
    }

    private int peek() throws IOException {
        return fill(1) >= 1 ? buf[bufPos] & 0xFF : -1;
    }

    private int peek2() throws IOException {
        return fill(2) >= 2 ? buf[bufPos + 1] & 0xFF : -1;
    }

    /**
     * Makes at least {@code n} unread bytes available if the input has them; how many there are.
     */
    private int fill(int n) throws IOException {
        if (bufLen - bufPos >= n || eof) {
            return bufLen - bufPos;
        }
        if (bufPos > 0) {
            System.arraycopy(buf, bufPos, buf, 0, bufLen - bufPos);
            bufLen -= bufPos;
            bufPos = 0;
        }
        while (bufLen < n) {
            int r = in.read(buf, bufLen, buf.length - bufLen);
            if (r < 0) {
                eof = true;
                break;
            }
            bufLen += r;
        }
        return bufLen - bufPos;
    }
}
