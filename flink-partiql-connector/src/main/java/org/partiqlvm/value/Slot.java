package org.partiqlvm.value;

/**
 * A reusable, typed cell that holds one PartiQL value during evaluation, like a register of
 * SQLite's VDBE ({@code Mem}).
 *
 * <p>Evaluators write their result into a slot instead of returning a new {@link Value}: booleans,
 * integers that fit a {@code long} and doubles are stored unboxed, strings computed at run time as
 * a region of characters in the VM's {@link ValueArena} ({@link #setChars}) or a plain {@link
 * String}, and everything else (and any value read from the input) as the {@link Value} itself.
 * Writing a slot never allocates; {@link #toValue()} materializes a value only when one is needed
 * (for example to place it in a constructed struct) and remembers it until the next write.
 *
 * <p>The value {@link #toValue()} and {@link #getString()} return is an ordinary one that may be
 * kept (operators that keep values — sorting, grouping, joining, DISTINCT — keep those): a string
 * held as arena characters is copied out then, as a compact DECIMAL becomes a {@code DecimalValue}.
 * The characters themselves ({@link #textChars}) are valid only until the arena region they are in
 * is released (the end of the row). So is a value a VM built in its arena for the row (a
 * constructed struct, list or bag: {@link Value#isRowScoped()}) and anything taken out of one:
 * {@link #toValue()} returns a copy of such a value ({@link ValueArena#detach}), {@link
 * #storedValue()} and {@link #toRowValue} the value itself, for what uses it within the row.
 *
 * <p>A slot belongs to one VM and is used by one thread. Reading a primitive of the wrong kind
 * throws {@link IllegalStateException} (a bug in the caller, never a data error).
 */
public final class Slot {

    private ValueKind kind = ValueKind.MISSING;
    private long longValue; // also the unscaled value of a compact DECIMAL
    private int scale; // of a compact DECIMAL

    /** For a DECIMAL: 0 not yet known, 1 compact (in longValue and scale), 2 not compact. */
    private byte decimalForm;

    private double doubleValue;
    private String stringValue;

    /** The text as characters: valid while {@link #hasChars} (set by {@link #setChars}). */
    private char[] chars;

    private int charStart;
    private int charLength;
    private boolean hasChars;

    /** The value, when known; null while only the primitive or string fields hold it. */
    private Value value = Value.MISSING;

    /** A slot holding MISSING. */
    public Slot() {}

    /** The kind of the value held. */
    public ValueKind kind() {
        return kind;
    }

    /** True when the slot holds MISSING. */
    public boolean isMissing() {
        return kind == ValueKind.MISSING;
    }

    /** True when the slot holds NULL (possibly a typed Ion null). */
    public boolean isNull() {
        return kind == ValueKind.NULL;
    }

    /** True when the slot holds MISSING or NULL. */
    public boolean isUnknown() {
        return kind == ValueKind.MISSING || kind == ValueKind.NULL;
    }

    /**
     * True when the slot holds an INT that fits a {@code long}, readable with {@link #getLong()}.
     */
    public boolean isLong() {
        return kind == ValueKind.INT && (value == null || value.fitsLong());
    }

    /** Stores MISSING. */
    public void setMissing() {
        set(ValueKind.MISSING, Value.MISSING);
    }

    /** Stores the untyped NULL. */
    public void setNull() {
        set(ValueKind.NULL, Value.NULL);
    }

    /** Stores a BOOL. */
    public void setBool(boolean b) {
        hasChars = false;
        kind = ValueKind.BOOL;
        longValue = b ? 1 : 0;
        value = b ? Value.TRUE : Value.FALSE;
        stringValue = null;
    }

    /** Stores an INT that fits a {@code long}. */
    public void setLong(long l) {
        hasChars = false;
        kind = ValueKind.INT;
        longValue = l;
        value = null;
        stringValue = null;
    }

    /**
     * Stores the DECIMAL {@code unscaled × 10^-scale} (scale 0..64) without creating a value: the
     * form exact arithmetic on small decimals uses.
     */
    public void setDecimal(long unscaled, int scale) {
        hasChars = false;
        kind = ValueKind.DECIMAL;
        longValue = unscaled;
        this.scale = scale;
        decimalForm = COMPACT;
        value = null;
        stringValue = null;
    }

    private static final byte UNKNOWN_FORM = 0;
    private static final byte COMPACT = 1;
    private static final byte NOT_COMPACT = 2;

    /**
     * True when the slot holds a compact DECIMAL, readable with {@link #getUnscaled()} and {@link
     * #getScale()} ({@link DecimalValue#isCompact()}).
     */
    public boolean isCompactDecimal() {
        if (kind != ValueKind.DECIMAL) {
            return false;
        }
        byte form = decimalForm;
        if (form == UNKNOWN_FORM) { // a stored DecimalValue, looked at once
            DecimalValue d = (DecimalValue) value;
            if (d.isCompact()) {
                longValue = d.unscaledLong();
                scale = d.scale();
                form = COMPACT;
            } else {
                form = NOT_COMPACT;
            }
            decimalForm = form;
        }
        return form == COMPACT;
    }

    /** The unscaled value of a compact DECIMAL ({@link #isCompactDecimal()}). */
    public long getUnscaled() {
        if (!isCompactDecimal()) {
            throw wrongKind("getUnscaled()");
        }
        return longValue;
    }

    /** The scale of a compact DECIMAL ({@link #isCompactDecimal()}). */
    public int getScale() {
        if (!isCompactDecimal()) {
            throw wrongKind("getScale()");
        }
        return scale;
    }

    /**
     * The value stored as a {@link Value}, or null while the slot holds a number or string computed
     * at run time that no one has asked a value of ({@link #toValue()} creates it). Lets writers
     * read a stored value's representation without creating anything.
     */
    public Value storedValue() {
        return value;
    }

    /** Stores a FLOAT. */
    public void setDouble(double d) {
        hasChars = false;
        kind = ValueKind.FLOAT;
        doubleValue = d;
        value = null;
        stringValue = null;
    }

    /** Stores a STRING computed at run time. */
    public void setString(String s) {
        kind = ValueKind.STRING;
        stringValue = s;
        value = null;
        hasChars = false;
    }

    /**
     * Stores the STRING of {@code chars[start .. start+length)} without creating a {@code String}:
     * the characters are a region of the VM's {@link ValueArena} (or of a value that outlives it)
     * and must stay unchanged while the slot holds them.
     */
    public void setChars(char[] chars, int start, int length) {
        kind = ValueKind.STRING;
        this.chars = chars;
        this.charStart = start;
        this.charLength = length;
        hasChars = true;
        stringValue = null;
        value = null;
    }

    /**
     * True when the text of this STRING or SYMBOL equals {@code other}'s, compared by characters
     * without creating a {@code String} for either (both must hold text).
     */
    public boolean textEquals(Slot other) {
        int n = textLength();
        if (n != other.textLength()) {
            return false;
        }
        if (viewChars() && other.viewChars()) {
            return java.util.Arrays.equals(
                    chars,
                    charStart,
                    charStart + n,
                    other.chars,
                    other.charStart,
                    other.charStart + n);
        }
        for (int i = 0; i < n; i++) {
            if (textCharAt(i) != other.textCharAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares the text of this STRING or SYMBOL with {@code other}'s by Unicode code points (as
     * {@link ValueOrdering#compareCodePoints}), without creating a {@code String} for either.
     */
    public int compareText(Slot other) {
        int na = textLength();
        int nb = other.textLength();
        viewChars();
        other.viewChars();
        for (int i = 0, n = Math.min(na, nb); i < n; i++) {
            char a = textCharAt(i);
            char b = other.textCharAt(i);
            if (a != b) {
                // UTF-16 order differs from code point order only above the surrogates
                if (a >= 0xD800 && b >= 0xD800) {
                    a += a >= 0xE000 ? -0x800 : 0x2000;
                    b += b >= 0xE000 ? -0x800 : 0x2000;
                }
                return Character.compare(a, b);
            }
        }
        return Integer.compare(na, nb);
    }

    /**
     * Makes the text readable as characters without copying it ({@link #textChars()}): true for
     * arena characters and the slice of a reused input string, false for a {@code String}.
     */
    public boolean viewChars() {
        if (!hasChars && stringValue == null && value instanceof TextValue t && t.isCharSlice()) {
            chars = t.sliceChars();
            charStart = t.sliceStart();
            charLength = t.sliceLength();
            hasChars = true;
        }
        return hasChars;
    }

    /**
     * Copies the text of this STRING or SYMBOL into {@code dst} at {@code at} ({@link
     * #textLength()} characters), whatever form it is held in. No allocation.
     */
    public void copyText(char[] dst, int at) {
        if (viewChars()) {
            System.arraycopy(chars, charStart, dst, at, charLength);
        } else {
            String s = stringValue != null ? stringValue : value.asString();
            s.getChars(0, s.length(), dst, at);
        }
    }

    /** Character {@code i} of the text of this STRING or SYMBOL. No allocation. */
    public char textCharAt(int i) {
        if (hasChars || viewChars()) {
            return chars[charStart + i];
        }
        return stringValue != null ? stringValue.charAt(i) : value.asString().charAt(i);
    }

    /**
     * True when the slot holds its text as characters ({@link #setChars}, or after {@link
     * #viewChars()} found a reused input string's slice).
     */
    public boolean hasChars() {
        return hasChars;
    }

    /** The array the text is in; valid while {@link #hasChars()}. */
    public char[] textChars() {
        return chars;
    }

    /** Where the text starts in {@link #textChars()}. */
    public int textStart() {
        return charStart;
    }

    /** The text's length in characters (UTF-16 units), for a STRING or SYMBOL. No allocation. */
    public int textLength() {
        if (hasChars) {
            return charLength;
        }
        if (stringValue != null) {
            return stringValue.length();
        }
        if (value instanceof TextValue t && t.isCharSlice()) {
            return t.sliceLength();
        }
        return getString().length();
    }

    /** Stores any value, keeping it so that {@link #toValue()} returns it without allocating. */
    public void setValue(Value v) {
        hasChars = false;
        ValueKind k = v.kind();
        kind = k;
        value = v;
        stringValue = null;
        decimalForm = UNKNOWN_FORM;
        switch (k) {
            case BOOL -> longValue = v.booleanValue() ? 1 : 0;
            case INT -> {
                if (v.fitsLong()) {
                    longValue = v.asLong();
                }
            }
            case FLOAT -> doubleValue = v.asDouble();
            default -> {}
        }
    }

    /** Copies another slot's contents into this one. */
    public void copyFrom(Slot other) {
        kind = other.kind;
        longValue = other.longValue;
        scale = other.scale;
        decimalForm = other.decimalForm;
        doubleValue = other.doubleValue;
        stringValue = other.stringValue;
        value = other.value;
        chars = other.chars;
        charStart = other.charStart;
        charLength = other.charLength;
        hasChars = other.hasChars;
    }

    /**
     * Makes the slot hold nothing that ends with the row: a value built in the VM's arena for the
     * row ({@link Value#isRowScoped()}) is replaced by its copy. For a slot kept across rows that
     * was filled with {@link #copyFrom}; no allocation otherwise.
     */
    public void keep() {
        if (value != null && value.isRowScoped()) {
            toValue();
        }
    }

    /** The BOOL held. */
    public boolean getBool() {
        if (kind != ValueKind.BOOL) {
            throw wrongKind("getBool()");
        }
        return longValue != 0;
    }

    /** The INT held; only valid when {@link #isLong()}. */
    public long getLong() {
        if (!isLong()) {
            throw wrongKind("getLong()");
        }
        return longValue;
    }

    /** The FLOAT held. */
    public double getDouble() {
        if (kind != ValueKind.FLOAT) {
            throw wrongKind("getDouble()");
        }
        return doubleValue;
    }

    /**
     * The text of a STRING or SYMBOL. Does not allocate, except for a STRING held as arena
     * characters ({@link #setChars}) or read with value reuse ({@link ValueArena}), whose {@code
     * String} is created on first use.
     */
    public String getString() {
        if (!kind.isText()) {
            throw wrongKind("getString()");
        }
        String s = stringValue;
        if (s == null) {
            if (value != null) {
                return value.asString();
            }
            s = new String(chars, charStart, charLength); // the ordinary copy of arena text
            stringValue = s;
        }
        return s;
    }

    /**
     * The held value as a {@link Value}. Returns the stored value when there is one; otherwise (a
     * number or string computed at run time) creates it, and keeps it until the next write.
     */
    public Value toValue() {
        Value v = value;
        if (v != null && v.isRowScoped()) { // built in the VM's arena for this row only
            v = ValueArena.detach(v);
            value = v;
        } else if (v == null) {
            v =
                    switch (kind) {
                        case INT -> Value.ofLong(longValue);
                        case FLOAT -> Value.ofDouble(doubleValue);
                        case DECIMAL -> DecimalValue.of(longValue, scale);
                        case STRING -> Value.ofString(getString());
                        default -> throw new IllegalStateException("slot of kind " + kind);
                    };
            value = v;
        }
        return v;
    }

    /**
     * The held value as a {@link Value} valid until the row ends, built in {@code arena} (the VM's)
     * where {@link #toValue()} would create one: what a struct, list or bag constructed for the row
     * holds. Strings held as characters become views of them (no copy); a value the slot holds is
     * returned as it is (even one of the row). No allocation once the arena has grown.
     */
    public Value toRowValue(ValueArena arena) {
        Value v = value;
        if (v != null) {
            return v;
        }
        return switch (kind) {
            case INT -> arena.integer(longValue);
            case FLOAT -> arena.floating(doubleValue);
            case DECIMAL -> arena.decimal(longValue, scale);
            case STRING ->
                    hasChars
                            ? arena.stringView(chars, charStart, charLength)
                            : Value.ofString(stringValue);
            default -> throw new IllegalStateException("slot of kind " + kind);
        };
    }

    private void set(ValueKind k, Value v) {
        hasChars = false;
        kind = k;
        value = v;
        stringValue = null;
    }

    private IllegalStateException wrongKind(String accessor) {
        return new IllegalStateException(
                accessor
                        + " is not defined for "
                        + kind.displayName()
                        + (kind == ValueKind.INT ? " beyond 64 bits" : ""));
    }

    @Override
    public String toString() {
        return kind == ValueKind.MISSING ? "MISSING" : toValue().toString();
    }
}
