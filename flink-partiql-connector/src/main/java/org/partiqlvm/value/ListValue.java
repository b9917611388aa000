package org.partiqlvm.value;

import java.util.List;

/** A LIST: an ordered collection ({@code [1, 2]}). */
public final class ListValue extends CollectionValue {

    private static final ListValue EMPTY = new ListValue(NO_ELEMENTS);

    private ListValue(Value[] elements) {
        super(ValueKind.LIST, elements);
    }

    private ListValue() {
        super(ValueKind.LIST);
    }

    /** A reusable, empty LIST owned by a {@link ValueArena}. */
    static ListValue reusable() {
        return new ListValue();
    }

    /** A LIST of {@code elements} (the array is copied; elements must not be null). */
    public static ListValue of(Value... elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new ListValue(copy);
    }

    /** A LIST of {@code elements} (copied; elements must not be null). */
    public static ListValue of(List<? extends Value> elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new ListValue(copy);
    }

    /**
     * A LIST that takes ownership of {@code elements} without copying or checking them: the caller
     * must not modify the array afterwards, and no element may be null.
     */
    public static ListValue wrap(Value[] elements) {
        return elements.length == 0 ? EMPTY : new ListValue(elements);
    }

    /** The empty LIST. */
    public static ListValue empty() {
        return EMPTY;
    }
}
