package org.partiqlvm.value;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A collection backed by an array: the common base of {@link ListValue}, {@link BagValue} and
 * {@link SexpValue}. {@link #get(int)} reads the array directly; nothing is copied on read.
 */
public abstract sealed class CollectionValue extends Value permits ListValue, BagValue, SexpValue {

    static final Value[] NO_ELEMENTS = new Value[0];

    private Value[] elements;
    private int size;

    CollectionValue(ValueKind kind, Value[] elements) {
        super(kind);
        this.elements = elements;
        this.size = elements.length;
    }

    /** A reusable, empty collection owned by a {@link ValueArena}. */
    CollectionValue(ValueKind kind) {
        super(kind, true);
        this.elements = new Value[8];
    }

    /** Empties a reusable collection (its array is kept). */
    final void clear() {
        size = 0; // the array keeps stale entries, overwritten as elements are appended
    }

    /** Appends an element to a reusable collection. */
    final void append(Value element) {
        if (size == elements.length) {
            elements = java.util.Arrays.copyOf(elements, size * 2);
        }
        elements[size++] = element;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final Value get(int index) {
        if (index >= size) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        return elements[index];
    }

    /** True when there are no elements. */
    public final boolean isEmpty() {
        return size == 0;
    }

    /** A read-only {@link List} view of the elements (allocates the view, not a copy). */
    public final List<Value> elements() {
        return new ElementView(elements, size);
    }

    static Value[] copyChecked(Value[] elements) {
        if (elements.length == 0) {
            return NO_ELEMENTS;
        }
        Value[] copy = elements.clone();
        for (Value v : copy) {
            if (v == null) {
                throw new NullPointerException("collection element");
            }
        }
        return copy;
    }

    static Value[] copyChecked(List<? extends Value> elements) {
        return copyChecked(elements.toArray(NO_ELEMENTS));
    }

    private static final class ElementView extends AbstractList<Value> implements RandomAccess {
        private final Value[] elements;
        private final int size;

        ElementView(Value[] elements, int size) {
            this.elements = elements;
            this.size = size;
        }

        @Override
        public Value get(int index) {
            if (index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return elements[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
