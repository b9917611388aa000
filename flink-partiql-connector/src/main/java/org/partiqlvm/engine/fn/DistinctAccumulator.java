package org.partiqlvm.engine.fn;

import java.util.HashSet;
import java.util.Set;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;

/**
 * Wraps an accumulator so that it sees each value once: {@code SUM(DISTINCT x)}. Values are
 * distinct by PartiQL equivalence ({@code 1} and {@code 1.0} are the same value). Remembers every
 * distinct value of the group (one small key object each).
 */
final class DistinctAccumulator implements Accumulator {

    private final Accumulator inner;
    private final Set<Key> seen = new HashSet<>();

    DistinctAccumulator(Accumulator inner) {
        this.inner = inner;
    }

    @Override
    public void reset() {
        seen.clear();
        inner.reset();
    }

    @Override
    public void add(Slot value) {
        if (value.isUnknown()) {
            return;
        }
        if (seen.add(new Key(value.toValue()))) {
            inner.add(value);
        }
    }

    @Override
    public void result(Slot out) {
        inner.result(out);
    }

    /** A value compared by equivalence. */
    private record Key(Value value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && ValueEquivalence.equivalent(value, k.value);
        }

        @Override
        public int hashCode() {
            return ValueEquivalence.hash(value);
        }
    }
}
