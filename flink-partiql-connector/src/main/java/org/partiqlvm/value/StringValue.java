package org.partiqlvm.value;

/** A STRING, holding a Java {@link String} (UTF-16; ordering uses code points). */
public final class StringValue extends TextValue {

    private static final StringValue EMPTY = new StringValue("");

    private StringValue(String text) {
        super(ValueKind.STRING, text);
    }

    /** The STRING {@code text}. */
    public static StringValue of(String text) {
        return text.isEmpty() ? EMPTY : new StringValue(text);
    }
}
