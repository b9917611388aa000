package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;

/** The per-record hash index: lookups by PartiQL equivalence, growth, and cheap clearing. */
class KeyIndexTest {

    @Test
    void findsKeysByEquivalenceAcrossGrowthAndClears() {
        KeyIndex<Integer> index = new KeyIndex<>();
        EquivalenceKey probe = EquivalenceKey.probe(1);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1000; i++) {
                probe.reset(1);
                probe.set(0, Value.ofLong(i));
                assertThat(index.get(probe)).isNull();
                index.put(probe.copy(), i);
            }
            assertThat(index.size()).isEqualTo(1000);
            for (int i = 0; i < 1000; i++) {
                probe.reset(1);
                probe.set(0, Value.ofDecimal(BigDecimal.valueOf(i).setScale(2))); // 7 ≡ 7.00
                assertThat(index.get(probe)).isEqualTo(i);
            }
            probe.reset(1);
            probe.set(0, Value.ofString("7"));
            assertThat(index.get(probe)).isNull();
            index.clear();
            assertThat(index.size()).isZero();
            probe.reset(1);
            probe.set(0, Value.ofLong(7));
            assertThat(index.get(probe)).isNull();
        }
    }
}
