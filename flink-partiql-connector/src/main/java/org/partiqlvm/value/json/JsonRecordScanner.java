package org.partiqlvm.value.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.value.DecimalText;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * The per-record fast path of {@link JsonRecordReader}: reads one UTF-8 JSON object or array
 * straight from its bytes into a {@link ValueArena}, building only what a {@link JsonProjection}
 * names, and validates what it skips with tight byte loops instead of tokens.
 *
 * <p>It is a <em>strict subset</em> of Jackson's default parser: everything it accepts is valid
 * JSON that Jackson reads to the same value (field names interned, duplicates kept, numbers as INT
 * or exact DECIMAL, strings decoded from strict UTF-8 and escapes). Anything else (malformed or
 * truncated input, a scalar record, invalid or unusual UTF-8, numbers of more than 1,000
 * characters, nesting deeper than {@value #MAX_DEPTH}, records over 8 MB) makes {@link #scan}
 * return null without throwing, and the caller reads the record with Jackson, which gives the value
 * or the precise error. No exceptions are used for control flow.
 *
 * <p>One per thread; it keeps its input only for the duration of a call.
 */
final class JsonRecordScanner {

    /** Deeper records go to Jackson (whose own limit is 1,000). */
    static final int MAX_DEPTH = 256;

    private static final int MAX_RECORD_BYTES = 8 << 20;
    private static final int MAX_NUMBER_LENGTH = 1000;

    private final JsonNameTable nameTable = new JsonNameTable();
    private char[] chars = new char[256];
    private byte[] in;
    private int pos;
    private int end;
    private int depth;
    private ValueArena arena;

    /**
     * The one JSON object or array in {@code bytes[0 .. length)} (white space around it allowed),
     * built in {@code arena} as far as {@code projection} needs; null when the record is anything
     * this scanner leaves to Jackson.
     */
    Value scan(byte[] bytes, int length, JsonProjection projection, ValueArena arena) {
        if (length > MAX_RECORD_BYTES) {
            return null;
        }
        this.in = bytes;
        this.end = length;
        this.pos = 0;
        this.depth = 0;
        this.arena = arena;
        try {
            int c = skipWhitespace();
            if (c != '{' && c != '[') {
                return null;
            }
            Value v = projected(projection);
            return v != null && skipWhitespace() == -1 ? v : null;
        } finally {
            this.in = null;
            this.arena = null;
        }
    }

    /** The next byte that is not white space, with {@code pos} at it; -1 at the end. */
    private int skipWhitespace() {
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

    // ---------------------------------------------------------------- building

    /** The value at {@code pos} built as far as {@code projection} needs (as readProjected). */
    private Value projected(JsonProjection projection) {
        if (projection.isAll()) {
            return value();
        }
        int c = in[pos];
        if (c == '{') {
            return object(projection);
        }
        if (c == '[' && projection.element() != null) {
            return array(projection.element());
        }
        return value();
    }

    /** The whole value starting at {@code pos}. */
    private Value value() {
        switch (in[pos]) {
            case '{':
                return object(JsonProjection.all());
            case '[':
                return array(JsonProjection.all());
            case '"':
                return string();
            case 't':
                return literal(TRUE_TEXT) ? Value.TRUE : null;
            case 'f':
                return literal(FALSE_TEXT) ? Value.FALSE : null;
            case 'n':
                return literal(NULL_TEXT) ? Value.NULL : null;
            default:
                return number();
        }
    }

    private Value object(JsonProjection projection) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        pos++; // '{'
        boolean prune = !projection.isAll();
        boolean asciiMatch = prune && projection.hasAsciiNames();
        StructValue struct = arena.struct();
        int c = skipWhitespace();
        if (c == '}') {
            pos++;
            depth--;
            return struct;
        }
        while (true) {
            if (c != '"') {
                return null;
            }
            int start = pos + 1;
            int close = simpleStringEnd(start);
            String name;
            JsonProjection field;
            if (close >= 0) { // printable ASCII without escapes: bytes are the name
                int length = close - start;
                pos = close + 1;
                if (asciiMatch) {
                    int m = projection.matchAscii(in, start, length);
                    field = m < 0 ? null : projection.fieldAt(m >> 1);
                    name =
                            m < 0
                                    ? null // skipped: never needed
                                    : (m & 1) == 0
                                            ? projection.fieldName(m >> 1) // the same bytes
                                            : nameTable.name(in, start, length);
                } else {
                    name = nameTable.name(in, start, length);
                    field = prune ? projection.field(name) : JsonProjection.all();
                }
            } else {
                int n = decodeString();
                if (n < 0) {
                    return null;
                }
                int rawEnd = pos - 1;
                name =
                        hasBackslash(start, rawEnd)
                                ? new String(chars, 0, n).intern() // escaped: rare
                                : nameTable.name(in, start, rawEnd - start); // valid UTF-8
                field = prune ? projection.field(name) : JsonProjection.all();
            }
            if (skipWhitespace() != ':') {
                return null;
            }
            pos++;
            if (skipWhitespace() < 0) {
                return null;
            }
            if (field == null) {
                if (!skipValue()) {
                    return null;
                }
            } else {
                Value v = projected(field);
                if (v == null) {
                    return null;
                }
                arena.addField(struct, name, v);
            }
            c = skipWhitespace();
            if (c == ',') {
                pos++;
                c = skipWhitespace();
            } else if (c == '}') {
                pos++;
                depth--;
                return struct;
            } else {
                return null;
            }
        }
    }

    private boolean hasBackslash(int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    private Value array(JsonProjection element) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        pos++; // '['
        boolean prune = !element.isAll();
        ListValue list = arena.list();
        int c = skipWhitespace();
        if (c == ']') {
            pos++;
            depth--;
            return list;
        }
        while (c >= 0) {
            Value v = prune ? projected(element) : value();
            if (v == null) {
                return null;
            }
            arena.addElement(list, v);
            c = skipWhitespace();
            if (c == ',') {
                pos++;
                c = skipWhitespace();
            } else if (c == ']') {
                pos++;
                depth--;
                return list;
            } else {
                return null;
            }
        }
        return null;
    }

    private Value string() {
        int start = pos + 1;
        int close = simpleStringEnd(start);
        if (close >= 0) {
            pos = close + 1;
            return arena.asciiString(in, start, close - start);
        }
        int n = decodeString();
        return n < 0 ? null : arena.string(chars, 0, n);
    }

    /**
     * The index of the closing quote of a string starting at {@code start} that is only printable
     * ASCII without escapes (its bytes are its characters), or -1 for any other string.
     */
    private int simpleStringEnd(int start) {
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
    private int plainRunEnd(int p) {
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
    private int decodeString() {
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

    private int hex4(int p) {
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
    private static int utf8Length(int lead) {
        return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    }

    /**
     * The code point of the strict (shortest form, no surrogates, at most U+10FFFF) UTF-8 sequence
     * at {@code p} whose first byte is {@code lead} (at least 0x80), or -1.
     */
    private int utf8CodePoint(int p, int lead) {
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

    private static final byte[] TRUE_TEXT = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE_TEXT = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL_TEXT = {'n', 'u', 'l', 'l'};

    /** Consumes {@code text} at {@code pos} when it is followed by a delimiter. */
    private boolean literal(byte[] text) {
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
    private boolean atDelimiter(int p) {
        if (p >= end) {
            return true;
        }
        byte c = in[p];
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /**
     * The number at {@code pos}: an INT, or a DECIMAL exactly as written (compact when it has at
     * most 18 digits and no exponent); null when it is not a JSON number.
     */
    private Value number() {
        byte[] b = in;
        int start = pos;
        int p = start;
        boolean negative = p < end && b[p] == '-';
        if (negative) {
            p++;
        }
        long v = 0;
        int digits = 0;
        int scale = -1;
        if (p < end && b[p] == '0') {
            p++;
            digits = 1;
        } else if (p < end && b[p] >= '1' && b[p] <= '9') {
            for (byte c; p < end && (c = b[p]) >= '0' && c <= '9'; p++) {
                v = v * 10 + (c - '0'); // may overflow past 18 digits: then not used
                digits++;
            }
        } else {
            return null;
        }
        if (p < end && b[p] == '.') {
            int fraction = ++p;
            for (byte c; p < end && (c = b[p]) >= '0' && c <= '9'; p++) {
                v = v * 10 + (c - '0');
                digits++;
            }
            if (p == fraction) {
                return null;
            }
            scale = p - fraction;
        }
        if (digits <= 18 && (p >= end || (b[p] != 'e' && b[p] != 'E')) && atDelimiter(p)) {
            pos = p; // the common case, read in one pass
            long x = negative ? -v : v;
            return scale < 0 ? arena.integer(x) : arena.decimal(x, scale);
        }
        return longNumber();
    }

    /** {@link #number()} for numbers with an exponent or more than 18 digits. */
    private Value longNumber() {
        int start = pos;
        int p = scanNumber(start);
        if (p < 0) {
            return null;
        }
        pos = p;
        int length = p - start;
        boolean integral = true;
        for (int i = start; i < p; i++) {
            byte c = in[i];
            if (c == '.' || c == 'e' || c == 'E') {
                integral = false;
                break;
            }
        }
        if (integral) {
            return integer(start, length);
        }
        if (length > chars.length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            chars[i] = (char) in[start + i];
        }
        int scale = DecimalText.plainScale(chars, 0, length);
        if (scale >= 0) {
            return arena.decimal(DecimalText.unscaled(chars, 0, length), scale);
        }
        if (exponentDigits(start, p) > 9) {
            return null; // beyond BigDecimal's range: Jackson reports it
        }
        return arena.decimal(new BigDecimal(chars, 0, length)); // exponent or many digits
    }

    /** The number of digits of the exponent of the number in {@code in[start .. end)}. */
    private int exponentDigits(int start, int end) {
        for (int i = start; i < end; i++) {
            if (in[i] == 'e' || in[i] == 'E') {
                int digits = end - i - 1;
                return in[i + 1] == '+' || in[i + 1] == '-' ? digits - 1 : digits;
            }
        }
        return 0;
    }

    private Value integer(int start, int length) {
        int i = start;
        boolean negative = in[i] == '-';
        if (negative) {
            i++;
        }
        int digits = start + length - i;
        if (digits <= 18) {
            long v = 0;
            for (; i < start + length; i++) {
                v = v * 10 + (in[i] - '0');
            }
            return arena.integer(negative ? -v : v);
        }
        BigInteger big = new BigInteger(new String(in, start, length, StandardCharsets.US_ASCII));
        return big.bitLength() < 64 ? arena.integer(big.longValue()) : Value.ofBigInteger(big);
    }

    /**
     * The end of the JSON number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}) at {@code
     * p}, which a delimiter must follow; -1 if there is none or it is longer than Jackson allows.
     */
    private int scanNumber(int p) {
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

    // ---------------------------------------------------------------- skipping

    /** Validates and passes over the value at {@code pos}, building nothing. */
    private boolean skipValue() {
        switch (in[pos]) {
            case '{':
                return skipObject();
            case '[':
                return skipArray();
            case '"':
                return skipString();
            case 't':
                return literal(TRUE_TEXT);
            case 'f':
                return literal(FALSE_TEXT);
            case 'n':
                return literal(NULL_TEXT);
            default:
                int p = scanNumber(pos);
                pos = p;
                return p >= 0;
        }
    }

    private boolean skipObject() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        pos++;
        int c = skipWhitespace();
        if (c == '}') {
            pos++;
            depth--;
            return true;
        }
        while (c == '"') {
            if (!skipString() || skipWhitespace() != ':') {
                return false;
            }
            pos++;
            if (skipWhitespace() < 0 || !skipValue()) {
                return false;
            }
            c = skipWhitespace();
            if (c == '}') {
                pos++;
                depth--;
                return true;
            }
            if (c != ',') {
                return false;
            }
            pos++;
            c = skipWhitespace();
        }
        return false;
    }

    private boolean skipArray() {
        if (++depth > MAX_DEPTH) {
            return false;
        }
        pos++;
        int c = skipWhitespace();
        if (c == ']') {
            pos++;
            depth--;
            return true;
        }
        while (c >= 0) {
            if (!skipValue()) {
                return false;
            }
            c = skipWhitespace();
            if (c == ']') {
                pos++;
                depth--;
                return true;
            }
            if (c != ',') {
                return false;
            }
            pos++;
            c = skipWhitespace();
        }
        return false;
    }

    /** Validates the string at {@code pos} (escapes, strict UTF-8) and passes over it. */
    private boolean skipString() {
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
