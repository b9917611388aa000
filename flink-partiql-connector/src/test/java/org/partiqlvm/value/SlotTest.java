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
    void aValueOfTheRowIsCopiedForWhoeverKeepsIt() {
        ValueArena arena = ValueArena.forRows();
        Slot field = new Slot();
        int at = arena.allocateChars(2);
        "ab".getChars(0, 2, arena.charArray(), at);
        field.setChars(arena.charArray(), at, 2);
        Value text = field.toRowValue(arena);
        assertThat(text.isRowScoped()).isTrue();
        assertThat(((TextValue) text).sliceChars()).isSameAs(arena.charArray()); // not copied
        field.setDecimal(15, 1);
        Value number = field.toRowValue(arena);
        StructValue struct = arena.struct();
        arena.addField(struct, "t", text);
        arena.addField(struct, "n", number);

        Slot s = new Slot();
        s.setValue(struct);
        assertThat(s.storedValue()).isSameAs(struct); // within the row: the value itself
        Value kept = s.toValue();
        assertThat(kept.isReused()).isFalse();
        assertThat(kept.toString()).isEqualTo("{'t': 'ab', 'n': 1.5}");
        assertThat(s.toValue()).isSameAs(kept);

        Slot sum = new Slot();
        Slot n = new Slot();
        n.setValue(number);
        sum.copyFrom(n);
        sum.keep();
        assertThat(sum.storedValue().isRowScoped()).isFalse();
        assertThat(sum.toValue().toString()).isEqualTo("1.5");
    }

    @Test
    void primitivesRoundTrip() {
        Slot s = new Slot();
        s.setLong(5_000_000_000L);
        assertThat(s.kind()).isEqualTo(ValueKind.INT);
        assertThat(s.isLong()).isTrue();
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
        s.setValue(list);
        assertThat(s.kind()).isEqualTo(ValueKind.LIST);
        assertThat(s.toValue()).isSameAs(list);
        s.setValue(Value.ofLong(7));
        assertThat(s.getLong()).isEqualTo(7);
        s.setValue(Value.ofDouble(1.5));
        assertThat(s.getDouble()).isEqualTo(1.5);
        s.setValue(Value.FALSE);
        assertThat(s.getBool()).isFalse();
        Value big = Value.ofBigInteger(BigInteger.ONE.shiftLeft(70));
        s.setValue(big);
        assertThat(s.kind()).isEqualTo(ValueKind.INT);
        assertThat(s.isLong()).isFalse();
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
        b.setValue(Value.ofString("x"));
        assertThatThrownBy(b::getDouble)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("getDouble() is not defined for STRING");
        assertThatThrownBy(b::getBool).isInstanceOf(IllegalStateException.class);
        assertThat(b).hasToString("'x'");
    }
}
