package org.partiqlvm.engine.op;

import java.util.Arrays;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;

/**
 * A hash key of one or more values compared by PartiQL equivalence ({@link ValueEquivalence}: keys
 * {@code 1} and {@code 1.0} are equal): the group keys of GROUP BY, the rows of DISTINCT and the
 * elements of set operations.
 *
 * <p>An operator keeps one mutable <em>probe</em> per hash table: it fills the probe's values for
 * each row ({@link #reset(int)}, {@link #set(int, Value)}) and looks it up without allocating; only
 * a key that is inserted is copied ({@link #copy()}). A key in a table must not be changed.
 */
final class EquivalenceKey {

    private static final Value[] NONE = new Value[0];

    private Value[] values;
    private int size;
    private int hash;

    private EquivalenceKey(Value[] values, int size, int hash) {
        this.values = values;
        this.size = size;
        this.hash = hash;
    }

    /** A probe with room for {@code capacity} values (it grows when reset to more). */
    static EquivalenceKey probe(int capacity) {
        return new EquivalenceKey(capacity == 0 ? NONE : new Value[capacity], 0, 0);
    }

    /** Makes this probe hold {@code n} values, all to be set before the next lookup. */
    void reset(int n) {
        if (n > values.length) {
            values = new Value[Math.max(n, values.length * 2)];
        }
        size = n;
        hash = 1;
    }

    /** Sets value {@code i}; the values must be set in order 0, 1, ... after {@link #reset}. */
    void set(int i, Value v) {
        values[i] = v;
        hash = 31 * hash + ValueEquivalence.hash(v);
    }

    /** The number of values. */
    int size() {
        return size;
    }

    /** Value {@code i}. */
    Value get(int i) {
        return values[i];
    }

    /** An immutable copy of this probe, to insert in a table. */
    EquivalenceKey copy() {
        return new EquivalenceKey(Arrays.copyOf(values, size), size, hash);
    }

    /** Makes this key (a pooled key about to be reinserted) a copy of {@code probe}. */
    void copyFrom(EquivalenceKey probe) {
        if (values.length < probe.size) {
            values = new Value[probe.size];
        }
        System.arraycopy(probe.values, 0, values, 0, probe.size);
        size = probe.size;
        hash = probe.hash;
    }

    /** Forgets the values (keeps the array), so a pooled key holds no data. */
    void clear() {
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EquivalenceKey other) || other.size != size || other.hash != hash) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!ValueEquivalence.equivalent(values[i], other.values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
