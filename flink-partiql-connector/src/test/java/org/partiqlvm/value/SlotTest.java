package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SlotTest {

    @Test
    void startsMissing() {
        Slot s = new Slot();
        assertThat(s.kind()).isEqualTo(ValueKind.MISSING);
        assertThat(s.isUnknown()).isTrue();
        assertThat(s.toValue()).isSameAs(Value.MISSING);
    }

    @Test
    void primitivesRoundTrip() {
        Slot s = new Slot();
        s.setLong(5_000_000_000L);
        assertThat(s.kind()).isEqualTo(ValueKind.INT);
        assertThat(s.fitsLong()).isTrue();
        assertThat(s.getLong()).isEqualTo(5_000_000_000L);
        Value v = s.toValue();
        assertThat(v).isEqualTo(Value.ofLong(5_000_000_000L));
        assertThat(s.toValue()).isSameAs(v); // materialized once per write
        s.setDouble(2.5);
        assertThat(s.getDouble()).isEqualTo(2.5);
        assertThat(s.toValue()).isEqualTo(Value.ofDouble(2.5));
        s.setBool(true);
        assertThat(s.getBool()).isTrue();
        assertThat(s.toValue()).isSameAs(Value.TRUE);
        s.setNull();
        assertThat(s.isUnknown()).isTrue();
        assertThat(s.toValue()).isSameAs(Value.NULL);
        s.setMissing();
        assertThat(s.toValue()).isSameAs(Value.MISSING);
    }

    @Test
    void holdsAnyValueByReference() {
        Slot s = new Slot();
        Value list = Value.listOf(Value.ofLong(1));
        s.set(list);
        assertThat(s.kind()).isEqualTo(ValueKind.LIST);
        assertThat(s.toValue()).isSameAs(list);
        s.set(Value.ofLong(7));
        assertThat(s.getLong()).isEqualTo(7);
        s.set(Value.ofDouble(1.5));
        assertThat(s.getDouble()).isEqualTo(1.5);
        s.set(Value.FALSE);
        assertThat(s.getBool()).isFalse();
        Value big = Value.ofBigInteger(BigInteger.ONE.shiftLeft(70));
        s.set(big);
        assertThat(s.kind()).isEqualTo(ValueKind.INT);
        assertThat(s.fitsLong()).isFalse();
        assertThatThrownBy(s::getLong).isInstanceOf(IllegalStateException.class);
        assertThat(s.toValue()).isSameAs(big);
    }

    @Test
    void copiesAndChecksKinds() {
        Slot a = new Slot();
        a.setLong(3);
        Slot b = new Slot();
        b.copyFrom(a);
        assertThat(b.getLong()).isEqualTo(3);
        a.setLong(4);
        assertThat(b.getLong()).isEqualTo(3);
        b.set(Value.ofString("x"));
        assertThatThrownBy(b::getDouble)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("getDouble() is not defined for STRING");
        assertThatThrownBy(b::getBool).isInstanceOf(IllegalStateException.class);
        assertThat(b).hasToString("Slot['x']");
    }
}
