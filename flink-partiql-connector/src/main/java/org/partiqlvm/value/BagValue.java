package org.partiqlvm.value;

import java.util.List;

/**
 * A BAG: an unordered collection with duplicates ({@code <<1, 2>>}). Its elements are stored in an
 * array in the order given; that order is stable for one value but has no meaning: equivalence,
 * ordering and hashing treat a bag as a multiset.
 */
public final class BagValue extends CollectionValue {

    private static final BagValue EMPTY = new BagValue(NO_ELEMENTS);

    private BagValue(Value[] elements) {
        super(ValueKind.BAG, elements);
    }

    private BagValue() {
        super(ValueKind.BAG);
    }

    /** A reusable, empty BAG owned by a {@link ValueArena}. */
    static BagValue reusable() {
        return new BagValue();
    }

    /** A BAG of {@code elements} (the array is copied; elements must not be null). */
    public static BagValue of(Value... elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new BagValue(copy);
    }

    /** A BAG of {@code elements} (copied; elements must not be null). */
    public static BagValue of(List<? extends Value> elements) {
        Value[] copy = copyChecked(elements);
        return copy.length == 0 ? EMPTY : new BagValue(copy);
    }

    /**
     * A BAG that takes ownership of {@code elements} without copying or checking them: the caller
     * must not modify the array afterwards, and no element may be null.
     */
    public static BagValue wrap(Value[] elements) {
        return elements.length == 0 ? EMPTY : new BagValue(elements);
    }

    /** The empty BAG. */
    public static BagValue empty() {
        return EMPTY;
    }
}
