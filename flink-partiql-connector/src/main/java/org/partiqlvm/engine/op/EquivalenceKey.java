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
 *
 * <p>A position may hold a <em>bucket</em> instead of a value ({@link #setBucket}): every value of
 * one family falls in it, for a hash join whose {@code =} is coarser than equivalence there (the
 * join then tests its condition on each candidate).
 */
final class EquivalenceKey {

    private static final Value[] NONE = new Value[0];

    private Value[] values;
    private int[] buckets;
    private int size;
    private int hash;

    private EquivalenceKey(Value[] values, int[] buckets, int size, int hash) {
        this.values = values;
        this.buckets = buckets;
        this.size = size;
        this.hash = hash;
    }

    /** A probe with room for {@code capacity} values (it grows when reset to more). */
    static EquivalenceKey probe(int capacity) {
        return new EquivalenceKey(capacity == 0 ? NONE : new Value[capacity], null, 0, 0);
    }

    /** Makes this probe hold {@code n} values, all to be set before the next lookup. */
    void reset(int n) {
        if (n > values.length) {
            values = new Value[Math.max(n, values.length * 2)];
            buckets = null;
        }
        size = n;
        hash = 1;
    }

    /** Sets value {@code i}; the values must be set in order 0, 1, ... after {@link #reset}. */
    void set(int i, Value v) {
        values[i] = v;
        if (buckets != null) {
            buckets[i] = 0;
        }
        hash = 31 * hash + ValueEquivalence.hash(v);
    }

    /** Sets position {@code i} to bucket {@code family} (positive), in order like {@link #set}. */
    void setBucket(int i, int family) {
        if (buckets == null) {
            buckets = new int[values.length];
        }
        values[i] = null;
        buckets[i] = family;
        hash = 31 * hash + family * 0x9E3779B9;
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
        return new EquivalenceKey(
                Arrays.copyOf(values, size),
                buckets == null ? null : Arrays.copyOf(buckets, size),
                size,
                hash);
    }

    /** Makes this key (a pooled key about to be reinserted) a copy of {@code probe}. */
    void copyFrom(EquivalenceKey probe) {
        if (values.length < probe.size) {
            values = new Value[probe.size];
        }
        System.arraycopy(probe.values, 0, values, 0, probe.size);
        buckets = probe.buckets == null ? null : Arrays.copyOf(probe.buckets, probe.size);
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
            int bucket = bucket(i);
            if (bucket != other.bucket(i)) {
                return false;
            }
            if (bucket == 0 && !ValueEquivalence.equivalent(values[i], other.values[i])) {
                return false;
            }
        }
        return true;
    }

    private int bucket(int i) {
        return buckets == null ? 0 : buckets[i];
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
