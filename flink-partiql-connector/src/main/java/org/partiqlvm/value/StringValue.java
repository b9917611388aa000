package org.partiqlvm.value;

/** A STRING, holding a Java {@link String} (UTF-16; ordering uses code points). */
public final class StringValue extends TextValue {

    private static final StringValue EMPTY = new StringValue("");

    private StringValue(String text) {
        super(ValueKind.STRING, text);
    }

    private StringValue() {
        super(ValueKind.STRING);
    }

    /** A reusable STRING owned by a {@link ValueArena}. */
    static StringValue reusable() {
        return new StringValue();
    }

    /** The STRING {@code text}. */
    public static StringValue of(String text) {
        return text.isEmpty() ? EMPTY : new StringValue(text);
    }
}
