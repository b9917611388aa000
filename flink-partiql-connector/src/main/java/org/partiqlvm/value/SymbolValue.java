package org.partiqlvm.value;

/**
 * An Ion SYMBOL. PartiQL has no symbol literal, but Ion data has symbols (also struct field names
 * and unquoted Ion text such as {@code (a b c)}); they keep their kind through evaluation and Ion
 * output, and are equivalent to a STRING of the same text.
 */
public final class SymbolValue extends TextValue {

    private SymbolValue(String text) {
        super(ValueKind.SYMBOL, text);
    }

    /** The SYMBOL {@code text}. */
    public static SymbolValue of(String text) {
        return new SymbolValue(text);
    }
}
