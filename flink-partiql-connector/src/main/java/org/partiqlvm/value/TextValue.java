package org.partiqlvm.value;

/**
 * Text: the common base of {@link StringValue} and {@link SymbolValue}, which compare, order and
 * group together by their text ({@link #asString()}).
 */
public abstract sealed class TextValue extends Value permits StringValue, SymbolValue {

    private final String text;

    TextValue(ValueKind kind, String text) {
        super(kind);
        if (text == null) {
            throw new NullPointerException("text");
        }
        this.text = text;
    }

    @Override
    public final String asString() {
        return text;
    }
}
