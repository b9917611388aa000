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

    private final Value[] elements;

    CollectionValue(ValueKind kind, Value[] elements) {
        super(kind);
        this.elements = elements;
    }

    @Override
    public final int size() {
        return elements.length;
    }

    @Override
    public final Value get(int index) {
        return elements[index];
    }

    /** True when there are no elements. */
    public final boolean isEmpty() {
        return elements.length == 0;
    }

    /** A read-only {@link List} view of the elements (allocates the view, not a copy). */
    public final List<Value> elements() {
        return new ElementView(elements);
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

        ElementView(Value[] elements) {
            this.elements = elements;
        }

        @Override
        public Value get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}
