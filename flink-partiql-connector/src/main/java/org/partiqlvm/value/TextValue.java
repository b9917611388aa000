package org.partiqlvm.value;

/**
 * Text: the common base of {@link StringValue} and {@link SymbolValue}, which compare, order and
 * group together by their text ({@link #asString()}).
 *
 * <p>A STRING read with value reuse ({@link ValueArena}) holds its characters as a slice of the
 * arena's buffer and creates its {@code String} only when {@link #asString()} is called; writers
 * that can take characters read the slice ({@link #isCharSlice()}) instead.
 */
public abstract sealed class TextValue extends Value permits StringValue, SymbolValue {

    private static final long serialVersionUID = 1L;

    /** The text; null while only the slice is known. */
    private String text;

    private transient char[] chars;
    private transient int start;
    private transient int length;

    TextValue(ValueKind kind, String text) {
        super(kind);
        if (text == null) {
            throw new NullPointerException("text");
        }
        this.text = text;
    }

    TextValue(ValueKind kind) {
        super(kind, true);
        this.text = "";
    }

    void setSlice(char[] chars, int start, int length) {
        this.chars = chars;
        this.start = start;
        this.length = length;
        this.text = null;
    }

    @Override
    public final String asString() {
        String t = text;
        if (t == null) {
            t = new String(chars, start, length);
            text = t;
        }
        return t;
    }

    /**
     * True while the text is only a slice of characters ({@link #sliceChars()}, {@link
     * #sliceStart()}, {@link #sliceLength()}) and no {@code String} was created for it.
     */
    public final boolean isCharSlice() {
        return text == null;
    }

    /** The array holding the slice; valid when {@link #isCharSlice()}. */
    public final char[] sliceChars() {
        return chars;
    }

    /** Where the slice starts in {@link #sliceChars()}. */
    public final int sliceStart() {
        return start;
    }

    /** The number of characters in the slice. */
    public final int sliceLength() {
        return length;
    }
}
