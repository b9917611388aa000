package org.partiqlvm.value.json;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * characters, field names of more than 50,000, nesting deeper than {@value #MAX_DEPTH}, records
 * over 8 MB: Jackson's limits or stricter) makes {@link #scan} return null without throwing, and
 * the caller reads the record with Jackson, which gives the value or the precise error. No
 * exceptions are used for control flow.
 *
 * <p>One per thread; it keeps its input only for the duration of a call.
 */
final class JsonRecordScanner extends JsonByteLexer {

    /** Deeper records go to Jackson (whose own limit is 1,000). */
    static final int MAX_DEPTH = 256;

    private static final int MAX_RECORD_BYTES = 8 << 20;

    /** Jackson's default limit on the length of a field name. */
    private static final int MAX_NAME_LENGTH = 50_000;

    private final JsonNameTable nameTable = new JsonNameTable();
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
                if (length > MAX_NAME_LENGTH) {
                    return null;
                }
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
                if (rawEnd - start > MAX_NAME_LENGTH) {
                    return null; // in bytes, at least its length in characters
                }
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
            int start = pos;
            if (!skipString() || pos - start - 2 > MAX_NAME_LENGTH || skipWhitespace() != ':') {
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
}
