package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class CastTargetTest {

    @Test
    void intervals() {
        assertThat(CastTarget.interval(IntervalField.DAY, 3, IntervalField.SECOND, 6).toString())
                .isEqualTo("INTERVAL DAY(3) TO SECOND(6)");
        assertThat(CastTarget.interval(IntervalField.SECOND, 3, null, 3).toString())
                .isEqualTo("INTERVAL SECOND(3,3)");
        assertThat(CastTarget.interval(IntervalField.YEAR, -1, IntervalField.MONTH, -1).type())
                .isEqualTo(CastTarget.Type.INTERVAL_YEAR_MONTH);
        assertThatThrownBy(
                        () -> CastTarget.interval(IntervalField.MONTH, -1, IntervalField.DAY, -1))
                .hasMessageContaining("invalid interval qualifier");
    }

    @Test
    void isImmutableValueAndSerializable() throws Exception {
        CastTarget t = CastTarget.decimal(5, 2);
        assertThat(t.hashCode()).isEqualTo(CastTarget.decimal(5, 2).hashCode());
        assertThat(t).isNotEqualTo(CastTarget.decimal(5, 3));
        assertThat(CastTarget.of(CastTarget.Type.NULL).isCastable()).isFalse();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(t);
        }
    }
}
