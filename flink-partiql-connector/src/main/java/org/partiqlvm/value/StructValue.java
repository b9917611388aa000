package org.partiqlvm.value;

import java.util.Arrays;

/**
 * A STRUCT: an ordered sequence of (name, value) fields backed by two parallel arrays. Names may
 * repeat (Ion and PartiQL allow it); lookups return the first match. Field order is kept for
 * output, while equivalence, ordering and hashing treat a struct as a multiset of fields.
 *
 * <p>Lookups scan the names linearly without allocating; case-sensitive lookups first compare by
 * reference, which hits for names interned by the JSON reader or resolved by a planner. A struct
 * may hold MISSING field values (Ion {@code {a: $missing::null}}); PartiQL struct constructors drop
 * them, and the JSON writer omits them.
 */
public final class StructValue extends Value {

    private static final String[] NO_NAMES = new String[0];
    private static final StructValue EMPTY = new StructValue(NO_NAMES, CollectionValue.NO_ELEMENTS);

    private String[] names;
    private Value[] values;
    private int size;

    private StructValue(String[] names, Value[] values) {
        super(ValueKind.STRUCT);
        this.names = names;
        this.values = values;
        this.size = names.length;
    }

    private StructValue() {
        super(ValueKind.STRUCT, true);
        this.names = new String[8];
        this.values = new Value[8];
    }

    /** A reusable, empty STRUCT owned by a {@link ValueArena}. */
    static StructValue reusable() {
        return new StructValue();
    }

    /** Empties a reusable struct (its arrays are kept). */
    void clear() {
        size = 0; // the arrays keep stale entries, overwritten as fields are appended
    }

    /** Appends a field to a reusable struct. */
    void append(String name, Value value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /**
     * A STRUCT that takes ownership of the parallel arrays without copying or checking: the caller
     * must not modify them afterwards, they must have the same length, and hold no nulls.
     */
    public static StructValue wrap(String[] names, Value[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(
                    names.length + " field names but " + values.length + " values");
        }
        return names.length == 0 ? EMPTY : new StructValue(names, values);
    }

    /** The empty STRUCT. */
    public static StructValue empty() {
        return EMPTY;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder(8);
    }

    @Override
    public int fieldCount() {
        return size;
    }

    @Override
    public String fieldName(int index) {
        if (index >= size) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        return names[index];
    }

    @Override
    public Value fieldValue(int index) {
        if (index >= size) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        return values[index];
    }

    /** True when there are no fields. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The index of the first field named {@code name}, or -1. */
    public int indexOf(String name, boolean caseSensitive) {
        return indexOf(name, caseSensitive, 0);
    }

    /** The index of the first field named {@code name} at or after {@code from}, or -1. */
    public int indexOf(String name, boolean caseSensitive, int from) {
        String[] ns = names;
        int n = size;
        if (caseSensitive) {
            for (int i = from; i < n; i++) {
                String s = ns[i];
                if (s == name || s.equals(name)) {
                    return i;
                }
            }
        } else {
            for (int i = from; i < n; i++) {
                String s = ns[i];
                if (s == name
                        || (s.length() == name.length() && FieldNames.equalsIgnoreCase(s, name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public Value get(String name, boolean caseSensitive) {
        int i = indexOf(name, caseSensitive, 0);
        return i < 0 ? MISSING : values[i];
    }

    /** Case-sensitive {@link #get(String, boolean)}. */
    public Value get(String name) {
        return get(name, true);
    }

    /** Builds a STRUCT field by field, in order; duplicates are kept. */
    public static final class Builder {
        private String[] names;
        private Value[] values;
        private int size;

        Builder(int capacity) {
            names = new String[capacity];
            values = new Value[capacity];
        }

        /** Appends a field. */
        public Builder add(String name, Value value) {
            if (name == null || value == null) {
                throw new NullPointerException(name == null ? "field name" : "field value");
            }
            if (size == names.length) {
                int capacity = Math.max(8, size * 2);
                names = Arrays.copyOf(names, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** The number of fields added so far. */
        public int size() {
            return size;
        }

        /** The STRUCT of the fields added so far; the builder can keep adding afterwards. */
        public StructValue build() {
            if (size == 0) {
                return EMPTY;
            }
            return new StructValue(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        }
    }
}
