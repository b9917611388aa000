package org.partiqlvm.value;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Memory that lives for one record (or one row) and is reused for the next: the one arena concept
 * of PartiQLVM. A reader builds a record's values in an arena, and each {@code PartiQLVM} owns one
 * from which its evaluators take the characters of the strings they compute; once the arena has
 * grown to what the records need, reading and evaluating record after record allocates nothing.
 *
 * <p>The arena hands out reusable structs, lists, bags, s-expressions, numbers and strings (a
 * string's characters are copied into one shared buffer, or viewed where they are ({@link
 * #stringView}), and become a {@code String} only if someone asks), and raw character regions
 * ({@link #allocateChars}) that computed strings are built in. {@link #reset()} takes them all back
 * in O(1): every value the arena handed out since the last reset, and every value containing one,
 * is then invalid. {@link #position()} and {@link #release(long)} take back the characters and
 * values handed out after a position (a VM releases a row's temporaries and constructed values so).
 * Values from an arena say so ({@link Value#isReused()}; a VM's arena, {@link #forRows}, marks them
 * {@link Value#isRowScoped()} too); {@link #detach(Value)} copies one into ordinary values that may
 * be kept.
 *
 * <p>The character buffer may be bounded ({@link #ValueArena(int, int, Overflow)}): a request that
 * would take it past the maximum fails with the exception of the {@link Overflow} handler (the VM's
 * {@code arena-size} limit). Growing copies the buffer; characters handed out before keep the old
 * array and stay valid.
 *
 * <p>One arena per thread (a Flink subtask's codec, a VM, a benchmark loop); not thread-safe. It
 * keeps the largest size any record needed.
 *
 * <pre>{@code
 * ValueArena arena = new ValueArena();
 * JsonRecordReader reader = JsonValueReader.standard().recordReader();
 * for (byte[] record : records) {
 *     Value v = reader.read(record, projection, arena);   // resets the arena, reads into it
 *     ... evaluate, write the rows ...                      // v is valid until the next read
 * }
 * }</pre>
 */
public final class ValueArena {

    private StructValue[] structs = new StructValue[16];
    private int structCount;

    /** The pools of LISTs, BAGs and SEXPs, in that order ({@link #collection(int)}). */
    private final CollectionValue[][] collections = {
        new CollectionValue[8], new CollectionValue[4], new CollectionValue[2]
    };

    private final int[] collectionCounts = new int[3];
    private IntValue[] ints = new IntValue[32];
    private int intCount;
    private DecimalValue[] decimals = new DecimalValue[32];
    private int decimalCount;
    private FloatValue[] floats = new FloatValue[8];
    private int floatCount;
    private StringValue[] strings = new StringValue[32];
    private int stringCount;
    private char[] chars;
    private int charCount;
    private final int maxChars;
    private final int maxBytes;
    private final Overflow overflow;

    /** True for a VM's arena: its values are {@link Value#isRowScoped()}. */
    private final boolean rowScoped;

    /**
     * What each pooled value handed out since the reset was (one of the {@code POOL_} tags), in
     * order: {@link #release(long)} gives back the values handed out after a position with it.
     */
    private byte[] log = new byte[64];

    private int logCount;

    private static final byte POOL_STRUCT = 0;
    private static final byte POOL_LIST = 1;
    private static final byte POOL_BAG = 2;
    private static final byte POOL_INT = 3;
    private static final byte POOL_DECIMAL = 4;
    private static final byte POOL_FLOAT = 5;
    private static final byte POOL_STRING = 6;
    private static final byte POOL_SEXP =
            7; // POOL_LIST, POOL_BAG, POOL_SEXP: collection pools 0..2

    /** What a bounded arena throws when a request would take it past its maximum. */
    @FunctionalInterface
    public interface Overflow {

        /**
         * The exception to throw.
         *
         * @param maxBytes the arena's maximum, in bytes
         * @param neededBytes what the request would have needed, in bytes
         */
        RuntimeException exceeded(long maxBytes, long neededBytes);
    }

    /** An empty arena whose character buffer may grow as far as an array can. */
    public ValueArena() {
        this(2048, Integer.MAX_VALUE, null);
    }

    /**
     * An empty arena whose character buffer starts at {@code initialBytes} and may grow to {@code
     * maxBytes} (a character counts two bytes); beyond it, requests fail with {@code overflow}'s
     * exception.
     *
     * @throws IllegalArgumentException unless {@code 0 < initialBytes <= maxBytes}
     */
    public ValueArena(int initialBytes, int maxBytes, Overflow overflow) {
        this(initialBytes, maxBytes, overflow, false);
    }

    private ValueArena(int initialBytes, int maxBytes, Overflow overflow, boolean rowScoped) {
        checkSizes(initialBytes, maxBytes);
        this.rowScoped = rowScoped;
        this.chars = new char[Math.max(1, initialBytes / 2)];
        this.maxBytes = maxBytes;
        this.maxChars = Math.max(1, maxBytes / 2);
        this.overflow = overflow;
    }

    /**
     * A VM's arena, as {@link #ValueArena(int, int, Overflow)}, whose values are {@link
     * Value#isRowScoped()}: they live until the row that built them is released ({@link
     * #release(long)}), and {@link Slot#toValue()} copies them for whoever keeps them.
     */
    public static ValueArena forRows(int initialBytes, int maxBytes, Overflow overflow) {
        return new ValueArena(initialBytes, maxBytes, overflow, true);
    }

    /** An unbounded {@link #forRows} arena. */
    public static ValueArena forRows() {
        return new ValueArena(2048, Integer.MAX_VALUE, null, true);
    }

    /**
     * Checks sizes for {@link #ValueArena(int, int, Overflow)}.
     *
     * @throws IllegalArgumentException unless {@code 0 < initialBytes <= maxBytes}
     */
    public static void checkSizes(int initialBytes, int maxBytes) {
        if (initialBytes <= 0 || maxBytes < initialBytes) {
            throw new IllegalArgumentException(
                    "arena sizes must satisfy 0 < initial <= max, got "
                            + initialBytes
                            + " and "
                            + maxBytes);
        }
    }

    /** Takes back every value handed out; they, and values containing them, become invalid. */
    public void reset() {
        structCount = 0;
        Arrays.fill(collectionCounts, 0);
        intCount = 0;
        decimalCount = 0;
        floatCount = 0;
        stringCount = 0;
        charCount = 0;
        logCount = 0;
    }

    /** Records that a value of pool {@code tag} was handed out. */
    private void logged(byte tag) {
        if (logCount == log.length) {
            log = Arrays.copyOf(log, logCount * 2);
        }
        log[logCount++] = tag;
    }

    /** Gives back the newest pooled value (the last one {@link #logged}). */
    private void unlog() {
        switch (log[--logCount]) {
            case POOL_STRUCT -> structCount--;
            case POOL_LIST -> collectionCounts[0]--;
            case POOL_BAG -> collectionCounts[1]--;
            case POOL_SEXP -> collectionCounts[2]--;
            case POOL_INT -> intCount--;
            case POOL_DECIMAL -> decimalCount--;
            case POOL_FLOAT -> floatCount--;
            default -> stringCount--;
        }
    }

    private <V extends Value> V pooled(V value) {
        if (rowScoped) {
            value.markRowScoped();
        }
        return value;
    }

    /** An empty STRUCT to fill with {@link #addField}. */
    public StructValue struct() {
        if (structCount == structs.length) {
            structs = Arrays.copyOf(structs, structCount * 2);
        }
        StructValue s = structs[structCount];
        if (s == null) {
            s = pooled(StructValue.reusable());
            structs[structCount] = s;
        } else {
            s.clear();
        }
        structCount++;
        logged(POOL_STRUCT);
        return s;
    }

    /** Appends a field to a STRUCT from {@link #struct()}. */
    public void addField(StructValue struct, String name, Value value) {
        if (!struct.isReused()) {
            throw new IllegalArgumentException("not a struct of a ValueArena");
        }
        struct.append(name, value);
    }

    /** An empty LIST to fill with {@link #addElement}. */
    public ListValue list() {
        return (ListValue) collection(0);
    }

    /** An empty BAG to fill with {@link #addElement}. */
    public BagValue bag() {
        return (BagValue) collection(1);
    }

    /** An empty SEXP to fill with {@link #addElement}. */
    public SexpValue sexp() {
        return (SexpValue) collection(2);
    }

    /** The next empty collection of pool {@code k} (0 LIST, 1 BAG, 2 SEXP). */
    private CollectionValue collection(int k) {
        CollectionValue[] pool = collections[k];
        int n = collectionCounts[k];
        if (n == pool.length) {
            pool = Arrays.copyOf(pool, n * 2);
            collections[k] = pool;
        }
        CollectionValue c = pool[n];
        if (c == null) {
            c =
                    pooled(
                            switch (k) {
                                case 0 -> ListValue.reusable();
                                case 1 -> BagValue.reusable();
                                default -> SexpValue.reusable();
                            });
            pool[n] = c;
        } else {
            c.clear();
        }
        collectionCounts[k] = n + 1;
        logged(k == 0 ? POOL_LIST : k == 1 ? POOL_BAG : POOL_SEXP);
        return c;
    }

    /**
     * Appends an element to a collection from {@link #list()}, {@link #bag()} or {@link #sexp()}.
     */
    public void addElement(CollectionValue collection, Value element) {
        if (!collection.isReused()) {
            throw new IllegalArgumentException("not a collection of a ValueArena");
        }
        collection.append(element);
    }

    /** The INT {@code v}: a shared instance for small values, else a reused one. */
    public Value integer(long v) {
        if (v >= -128 && v <= 1023) {
            return IntValue.of(v);
        }
        if (intCount == ints.length) {
            ints = Arrays.copyOf(ints, intCount * 2);
        }
        IntValue i = ints[intCount];
        if (i == null) {
            i = pooled(IntValue.reusable());
            ints[intCount] = i;
        }
        intCount++;
        logged(POOL_INT);
        i.set(v);
        return i;
    }

    /** The DECIMAL {@code unscaled × 10^-scale} (scale 0..64), without a {@code BigDecimal}. */
    public DecimalValue decimal(long unscaled, int scale) {
        if (scale < 0 || scale > DecimalValue.MAX_COMPACT_SCALE) {
            throw new IllegalArgumentException("compact DECIMAL scale must be 0..64, got " + scale);
        }
        DecimalValue d = nextDecimal();
        d.setCompact(unscaled, scale);
        return d;
    }

    /** The DECIMAL {@code value}. */
    public DecimalValue decimal(BigDecimal value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        DecimalValue d = nextDecimal();
        d.setBig(value);
        return d;
    }

    private DecimalValue nextDecimal() {
        if (decimalCount == decimals.length) {
            decimals = Arrays.copyOf(decimals, decimalCount * 2);
        }
        DecimalValue d = decimals[decimalCount];
        if (d == null) {
            d = pooled(DecimalValue.reusable());
            decimals[decimalCount] = d;
        }
        decimalCount++;
        logged(POOL_DECIMAL);
        return d;
    }

    /** The FLOAT {@code v}. */
    public FloatValue floating(double v) {
        if (floatCount == floats.length) {
            floats = Arrays.copyOf(floats, floatCount * 2);
        }
        FloatValue f = floats[floatCount];
        if (f == null) {
            f = pooled(FloatValue.reusable());
            floats[floatCount] = f;
        }
        floatCount++;
        logged(POOL_FLOAT);
        f.set(v);
        return f;
    }

    /** The STRING of {@code text[offset .. offset+length)}, copied into the arena. */
    public StringValue string(char[] text, int offset, int length) {
        if (length == 0) {
            return StringValue.of("");
        }
        int start = reserveChars(length);
        System.arraycopy(text, offset, chars, start, length);
        return nextString(chars, start, length);
    }

    /**
     * Reserves {@code length} characters and returns where they start in {@link #charArray()}: a
     * region to build a computed string in, valid until the region is released ({@link #reset()},
     * {@link #release(long)}). O(1), allocation-free once the buffer is large enough.
     *
     * @throws RuntimeException the {@link Overflow}'s exception when the buffer would pass its
     *     maximum
     */
    public int allocateChars(int length) {
        int start = charCount;
        if (length > chars.length - start) {
            grow((long) start + length);
        }
        charCount = start + length;
        return start;
    }

    /**
     * The array the last {@link #allocateChars} region is in (it changes when the buffer grows).
     */
    public char[] charArray() {
        return chars;
    }

    /**
     * Where the arena is now: a position for {@link #release(long)}. O(1). Positions taken later
     * (while the earlier ones are not released) compare greater.
     */
    public long position() {
        return ((long) logCount << 32) | charCount;
    }

    /**
     * Takes back the characters and the values handed out after {@code position} (from {@link
     * #position()}); the strings built in them, and the values, are invalid from now on. O(1) per
     * value handed out. A position beyond the current one is ignored.
     */
    public void release(long position) {
        long c = position & 0xFFFF_FFFFL; // unsigned: Long.MAX_VALUE releases nothing
        if (c < charCount) {
            charCount = (int) c;
        }
        long values = position >>> 32;
        while (logCount > values) {
            unlog();
        }
    }

    /**
     * Gives back the end of the newest character region from {@code end} (a region that turned out
     * longer than needed); nothing else.
     */
    public void releaseChars(int end) {
        if (end < charCount) {
            charCount = end;
        }
    }

    /** The characters in use, in bytes. */
    public long usedBytes() {
        return 2L * charCount;
    }

    /** The character buffer's capacity, in bytes. */
    public long capacityBytes() {
        return 2L * chars.length;
    }

    private void grow(long needed) {
        if (needed > maxChars) {
            if (overflow != null) {
                throw overflow.exceeded(maxBytes, 2 * needed);
            }
            throw new IllegalStateException(
                    "the arena would need " + 2 * needed + " bytes, more than its " + maxBytes);
        }
        long size = Math.min(maxChars, Math.max(needed, 2L * chars.length));
        // Earlier strings keep the old array (its characters are never written again).
        chars = Arrays.copyOf(chars, (int) size);
    }

    private int reserveChars(int length) {
        return allocateChars(length);
    }

    private StringValue nextString(char[] text, int start, int length) {
        if (stringCount == strings.length) {
            strings = Arrays.copyOf(strings, stringCount * 2);
        }
        StringValue s = strings[stringCount];
        if (s == null) {
            s = pooled(StringValue.reusable());
            strings[stringCount] = s;
        }
        stringCount++;
        logged(POOL_STRING);
        s.setSlice(text, start, length);
        return s;
    }

    /**
     * The STRING of {@code text[start .. start+length)} without copying: the characters must stay
     * unchanged until this string is released (a region of this arena handed out before it, or the
     * slice of a value that outlives it).
     */
    public StringValue stringView(char[] text, int start, int length) {
        if (length == 0) {
            return StringValue.of("");
        }
        return nextString(text, start, length);
    }

    /**
     * The STRING of the ASCII bytes {@code text[offset .. offset+length)} (each byte one
     * character), copied into the arena.
     */
    public StringValue asciiString(byte[] text, int offset, int length) {
        if (length == 0) {
            return StringValue.of("");
        }
        int start = reserveChars(length);
        char[] c = chars;
        for (int i = 0; i < length; i++) {
            c[start + i] = (char) text[offset + i];
        }
        return nextString(chars, start, length);
    }

    /**
     * {@code value} with every part that belongs to an arena copied into ordinary values, so that
     * it stays valid after the arena's reset; {@code value} itself when no part does. One pass:
     * containers are copied only where something inside them is.
     */
    public static Value detach(Value value) {
        switch (value.kind()) {
            case STRUCT -> {
                int n = value.fieldCount();
                Value[] fields = null; // created at the first field that had to be copied
                for (int i = 0; i < n; i++) {
                    Value f = value.fieldValue(i);
                    Value d = detach(f);
                    if (d != f && fields == null) {
                        fields = new Value[n];
                        for (int j = 0; j < i; j++) {
                            fields[j] = value.fieldValue(j);
                        }
                    }
                    if (fields != null) {
                        fields[i] = d;
                    }
                }
                if (fields == null && !value.isReused()) {
                    return value;
                }
                String[] names = new String[n];
                for (int i = 0; i < n; i++) {
                    names[i] = value.fieldName(i);
                }
                return StructValue.wrap(names, fields != null ? fields : fieldsOf(value));
            }
            case LIST, BAG, SEXP -> {
                int n = value.size();
                Value[] elements = null;
                for (int i = 0; i < n; i++) {
                    Value e = value.get(i);
                    Value d = detach(e);
                    if (d != e && elements == null) {
                        elements = new Value[n];
                        for (int j = 0; j < i; j++) {
                            elements[j] = value.get(j);
                        }
                    }
                    if (elements != null) {
                        elements[i] = d;
                    }
                }
                if (elements == null && !value.isReused()) {
                    return value;
                }
                if (elements == null) {
                    elements = elementsOf(value);
                }
                return switch (value.kind()) {
                    case LIST -> ListValue.wrap(elements);
                    case BAG -> BagValue.wrap(elements);
                    default -> SexpValue.wrap(elements);
                };
            }
            default -> {
                return value.isReused() ? copyScalar(value) : value;
            }
        }
    }

    private static Value[] fieldsOf(Value struct) {
        Value[] fields = new Value[struct.fieldCount()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = struct.fieldValue(i);
        }
        return fields;
    }

    private static Value[] elementsOf(Value collection) {
        Value[] elements = new Value[collection.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = collection.get(i);
        }
        return elements;
    }

    /** An ordinary copy of a reused INT, FLOAT, STRING or DECIMAL. */
    private static Value copyScalar(Value value) {
        switch (value.kind()) {
            case INT -> {
                return IntValue.of(value.asLong());
            }
            case FLOAT -> {
                return FloatValue.of(value.asDouble());
            }
            case STRING -> {
                return StringValue.of(value.asString());
            }
            case DECIMAL -> {
                DecimalValue d = (DecimalValue) value;
                return d.isCompact()
                        ? DecimalValue.of(d.unscaledLong(), d.scale())
                        : DecimalValue.of(d.value());
            }
            default -> {
                return value;
            }
        }
    }
}
