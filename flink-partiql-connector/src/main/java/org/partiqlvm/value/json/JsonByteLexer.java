package org.partiqlvm.value.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The lexical layer under {@link JsonRecordScanner}: a position in one record's UTF-8 JSON bytes
 * and the steps over it that JSON's grammar is made of (white space, strings decoded or skipped
 * with strict UTF-8 and escape checks, numbers, literals, delimiters). Every step reports failure
 * with a negative result or {@code false}, never an exception, so the scanner can give up on a
 * record and leave it to Jackson.
 */
abstract class JsonByteLexer {

    /** Jackson's default limit on the characters of a number. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** The record's bytes, from 0 to {@link #end} (exclusive); null between records. */
    byte[] in;

    int end;

    /** The position of the next byte to read. */
    int pos;

    /** Where {@link #decodeString()} puts a string's characters; grows as needed. */
    char[] chars = new char[256];

    /** The next byte that is not white space, with {@code pos} at it; -1 at the end. */
    int skipWhitespace() {
        byte[] b = in;
        int p = pos;
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = p;
                return c & 0xFF;
            }
            p++;
        }
        pos = p;
        return -1;
    }

    /** True when {@code in[from .. to)} holds a backslash (an escape). */
    boolean hasBackslash(int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the closing quote of a string starting at {@code start} that is only printable
     * ASCII without escapes (its bytes are its characters), or -1 for any other string.
     */
    int simpleStringEnd(int start) {
        int p = plainRunEnd(start);
        return p < end && in[p] == '"' ? p : -1;
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long ONES = 0x0101010101010101L;

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first byte at or after {@code p} that ends a run of plain string content: a
     * quote, a backslash, a control character or a byte of a multi-byte UTF-8 sequence ({@code end}
     * if none). Eight bytes at a time: each test flags its first matching byte exactly.
     */
    int plainRunEnd(int p) {
        byte[] b = in;
        while (p + 8 <= end) {
            long x = (long) LONGS.get(b, p);
            long quote = x ^ 0x2222222222222222L;
            long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
            long flags =
                    ((quote - ONES) & ~quote)
                            | ((backslash - ONES) & ~backslash)
                            | ((x - 0x2020202020202020L) & ~x) // below 0x20
                            | x; // 0x80 and above
            flags &= HIGH_BITS;
            if (flags != 0) {
                return p + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
            p += 8;
        }
        while (p < end) {
            byte c = b[p];
            if (c == '"' || c == '\\' || c < 0x20) { // negative: not ASCII
                return p;
            }
            p++;
        }
        return p;
    }

    /**
     * Decodes the string at {@code pos} (its opening quote) into {@link #chars}, leaving {@code
     * pos} after the closing quote; the number of chars, or -1 if it is not a string Jackson reads
     * the same way.
     */
    int decodeString() {
        byte[] b = in;
        int p = pos + 1;
        int n = 0;
        while (p < end) {
            if (n + 2 > chars.length) {
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            int c = b[p] & 0xFF;
            if (c == '"') {
                pos = p + 1;
                return n;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c == '\\') {
                if (p + 1 >= end) {
                    return -1;
                }
                int e = b[p + 1];
                p += 2;
                switch (e) {
                    case '"', '\\', '/' -> chars[n++] = (char) e;
                    case 'b' -> chars[n++] = '\b';
                    case 'f' -> chars[n++] = '\f';
                    case 'n' -> chars[n++] = '\n';
                    case 'r' -> chars[n++] = '\r';
                    case 't' -> chars[n++] = '\t';
                    case 'u' -> {
                        int u = hex4(p);
                        if (u < 0) {
                            return -1;
                        }
                        chars[n++] = (char) u;
                        p += 4;
                    }
                    default -> {
                        return -1;
                    }
                }
            } else if (c < 0x80) {
                chars[n++] = (char) c;
                p++;
            } else {
                int cp = utf8CodePoint(p, c);
                if (cp < 0) {
                    return -1;
                }
                p += utf8Length(c);
                n += Character.toChars(cp, chars, n);
            }
        }
        return -1;
    }

    int hex4(int p) {
        if (p + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int i = p; i < p + 4; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** The bytes of a UTF-8 sequence that starts with {@code lead} (1 for bytes it rejects). */
    static int utf8Length(int lead) {
        return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    }

    /**
     * The code point of the strict (shortest form, no surrogates, at most U+10FFFF) UTF-8 sequence
     * at {@code p} whose first byte is {@code lead} (at least 0x80), or -1.
     */
    int utf8CodePoint(int p, int lead) {
        byte[] b = in;
        if (lead >= 0xC2 && lead <= 0xDF) {
            int c1 = p + 1 < end ? b[p + 1] & 0xFF : 0;
            return (c1 & 0xC0) == 0x80 ? ((lead & 0x1F) << 6) | (c1 & 0x3F) : -1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (p + 2 >= end) {
                return -1;
            }
            int c1 = b[p + 1] & 0xFF;
            int c2 = b[p + 2] & 0xFF;
            if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) {
                return -1;
            }
            int cp = ((lead & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
            return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (p + 3 >= end) {
                return -1;
            }
            int c1 = b[p + 1] & 0xFF;
            int c2 = b[p + 2] & 0xFF;
            int c3 = b[p + 3] & 0xFF;
            if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                return -1;
            }
            int cp = ((lead & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
            return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
        }
        return -1;
    }

    static final byte[] TRUE_TEXT = {'t', 'r', 'u', 'e'};

    static final byte[] FALSE_TEXT = {'f', 'a', 'l', 's', 'e'};

    static final byte[] NULL_TEXT = {'n', 'u', 'l', 'l'};

    /** Consumes {@code text} at {@code pos} when it is followed by a delimiter. */
    boolean literal(byte[] text) {
        int p = pos;
        if (p + text.length > end) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (in[p + i] != text[i]) {
                return false;
            }
        }
        pos = p + text.length;
        return atDelimiter(pos);
    }

    /** True at the end or before white space, a comma or a closing bracket. */
    boolean atDelimiter(int p) {
        if (p >= end) {
            return true;
        }
        byte c = in[p];
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** The number of digits of the exponent of the number in {@code in[start .. end)}. */
    int exponentDigits(int start, int end) {
        for (int i = start; i < end; i++) {
            if (in[i] == 'e' || in[i] == 'E') {
                int digits = end - i - 1;
                return in[i + 1] == '+' || in[i + 1] == '-' ? digits - 1 : digits;
            }
        }
        return 0;
    }

    /**
     * The end of the JSON number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}) at {@code
     * p}, which a delimiter must follow; -1 if there is none or it is longer than Jackson allows.
     */
    int scanNumber(int p) {
        byte[] b = in;
        int start = p;
        if (p < end && b[p] == '-') {
            p++;
        }
        if (p >= end) {
            return -1;
        }
        if (b[p] == '0') {
            p++;
        } else if (b[p] >= '1' && b[p] <= '9') {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
        } else {
            return -1;
        }
        if (p < end && b[p] == '.') {
            int digits = ++p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == digits) {
                return -1;
            }
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int digits = p;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == digits) {
                return -1;
            }
        }
        return p - start <= MAX_NUMBER_LENGTH && atDelimiter(p) ? p : -1;
    }

    /** Validates the string at {@code pos} (escapes, strict UTF-8) and passes over it. */
    boolean skipString() {
        byte[] b = in;
        int p = pos + 1;
        while (p < end) {
            p = plainRunEnd(p);
            if (p >= end) {
                return false;
            }
            int c = b[p];
            if (c == '"') {
                pos = p + 1;
                return true;
            }
            if (c >= 0x20) { // a backslash: the run stopped at it
                if (c == '\\') {
                    if (p + 1 >= end) {
                        return false;
                    }
                    int e = b[p + 1];
                    if (e == 'u') {
                        if (hex4(p + 2) < 0) {
                            return false;
                        }
                        p += 6;
                    } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                            || e == 'r' || e == 't') {
                        p += 2;
                    } else {
                        return false;
                    }
                } else {
                    p++;
                }
            } else if (c < 0) { // a UTF-8 sequence
                int lead = c & 0xFF;
                if (utf8CodePoint(p, lead) < 0) {
                    return false;
                }
                p += utf8Length(lead);
            } else {
                return false; // an unescaped control character
            }
        }
        return false;
    }
}
