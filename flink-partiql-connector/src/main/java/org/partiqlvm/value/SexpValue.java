package org.partiqlvm.value;

import java.util.List;

/** An Ion SEXP: an ordered collection like LIST but a kind of its own (Ion {@code (a b c)}). */
public final class SexpValue extends CollectionValue {

    private static final SexpValue EMPTY = new SexpValue(NO_ELEMENTS);

    private SexpValue(Value[] elements) {
        super(ValueKind.SEXP, elements);
    }

    private SexpValue() {
        super(ValueKind.SEXP);
    }

    /** A reusable, empty SEXP owned by a {@link ValueArena}. */
    static SexpValue reusable() {
        return new SexpValue();
    }

    /** A SEXP of {@code elements} (the array is copied; elements must not be null). */
    public static SexpValue of(Value... elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new SexpValue(copy);
    }

    /** A SEXP of {@code elements} (copied; elements must not be null). */
    public static SexpValue of(List<? extends Value> elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new SexpValue(copy);
    }

    /**
     * A SEXP that takes ownership of {@code elements} without copying or checking them: the caller
     * must not modify the array afterwards, and no element may be null.
     */
    public static SexpValue wrap(Value[] elements) {
        return elements.length == 0 ? EMPTY : new SexpValue(elements);
    }

    /** The empty SEXP. */
    public static SexpValue empty() {
        return EMPTY;
    }
}
