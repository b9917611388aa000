package org.partiqlvm.engine.op;

import java.util.Arrays;

/**
 * A hash index from {@link EquivalenceKey}s to values, for operators that rebuild their table for
 * every record: open addressing over reused arrays, so putting a key allocates nothing once the
 * arrays have grown, and {@link #clear()} costs what was put, not the capacity. {@code
 * java.util.HashMap} allocates a node per entry, and would per record.
 *
 * @param <V> the values (a group, a bucket of rows)
 */
final class KeyIndex<V> {

    private EquivalenceKey[] keys = new EquivalenceKey[16];
    private Object[] values = new Object[16];
    private int[] occupied = new int[8]; // the slots in use, to clear them
    private int size;

    /** The value of a key equivalent to {@code probe}, or null. */
    @SuppressWarnings("unchecked")
    V get(EquivalenceKey probe) {
        int mask = keys.length - 1;
        for (int i = spread(probe.hashCode()) & mask; ; i = (i + 1) & mask) {
            EquivalenceKey k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.equals(probe)) {
                return (V) values[i];
            }
        }
    }

    /**
     * Maps {@code key} (which the caller keeps unchanged while it is in the index) to {@code
     * value}; the key must not be in the index yet.
     */
    void put(EquivalenceKey key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key, value);
    }

    private void insert(EquivalenceKey key, Object value) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (size == occupied.length) {
            occupied = Arrays.copyOf(occupied, size * 2);
        }
        occupied[size++] = i;
    }

    private void grow() {
        EquivalenceKey[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldOccupied = occupied.clone(); // insert() refills occupied
        int n = size;
        keys = new EquivalenceKey[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int j = 0; j < n; j++) {
            int i = oldOccupied[j];
            insert(oldKeys[i], oldValues[i]);
        }
    }

    /** Empties the index, in time proportional to its size. */
    void clear() {
        for (int j = 0; j < size; j++) {
            int i = occupied[j];
            keys[i] = null;
            values[i] = null;
        }
        size = 0;
    }

    /** The number of keys. */
    int size() {
        return size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
