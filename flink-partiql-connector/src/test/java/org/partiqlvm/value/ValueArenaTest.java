package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values of a {@link ValueArena}: reused after a reset, copied out by {@code detach}. */
class ValueArenaTest {

    @Test
    void buildsValuesThatBehaveAsOrdinaryOnes() {
        ValueArena arena = new ValueArena();
        Value record = record(arena, "DE", 123_456, 1250, 2);

        Value expected =
                Value.structBuilder()
                        .add("country", Value.ofString("DE"))
                        .add("id", Value.ofLong(123_456))
                        .add("items", Value.listOf(Value.ofDecimal(new BigDecimal("12.50"))))
                        .build();
        assertThat(record).isEqualTo(expected);
        assertThat(record.toString()).isEqualTo(expected.toString());
        assertThat(record.hashCode()).isEqualTo(expected.hashCode());
        assertThat(record.isReused()).isTrue();
        assertThat(record.get("COUNTRY", false).asString()).isEqualTo("DE");
        assertThat(record.get("items", true).get(0).asDouble()).isEqualTo(12.5);
    }

    @Test
    void aResetReusesTheSameInstances() {
        ValueArena arena = new ValueArena();
        Value first = record(arena, "DE", 5_000, 150, 2);
        Value firstItems = first.get("items", true);
        arena.reset();
        Value second = record(arena, "FR", 6_000, 7, 1);

        assertThat(second).isSameAs(first); // nothing new was allocated for the second record
        assertThat(second.get("items", true)).isSameAs(firstItems);
        assertThat(second.get("country", true).asString()).isEqualTo("FR");
        assertThat(second.get("id", true).asLong()).isEqualTo(6_000);
        assertThat(second.get("items", true).get(0).asBigDecimal())
                .isEqualTo(new BigDecimal("0.7"));
        assertThat(second.fieldCount()).isEqualTo(3);
    }

    @Test
    void stringsAreCharacterSlicesUntilATextIsNeeded() {
        ValueArena arena = new ValueArena();
        char[] source = "xxhello".toCharArray();
        StringValue s = arena.string(source, 2, 5);
        source[2] = 'J'; // the arena copied the characters

        assertThat(s.isCharSlice()).isTrue();
        assertThat(new String(s.sliceChars(), s.sliceStart(), s.sliceLength())).isEqualTo("hello");
        assertThat(s.asString()).isEqualTo("hello");
        assertThat(s.isCharSlice()).isFalse();
    }

    @Test
    void stringsSurviveTheBufferGrowingWithinARecord() {
        ValueArena arena = new ValueArena();
        StringValue first = arena.string("first".toCharArray(), 0, 5);
        char[] big = new char[5000];
        java.util.Arrays.fill(big, 'b');
        StringValue second = arena.string(big, 0, big.length);

        assertThat(first.asString()).isEqualTo("first");
        assertThat(second.asString()).hasSize(5000);
    }

    @Test
    void detachCopiesWhatBelongsToTheArena() {
        ValueArena arena = new ValueArena();
        Value record = record(arena, "DE", 123_456, 1250, 2);
        Value owned = Value.bagOf(Value.ofLong(1), record);

        Value kept = ValueArena.detach(owned);
        String before = kept.toString();
        arena.reset();
        record(arena, "JP", 9_999, 1, 0);

        assertThat(kept.toString()).isEqualTo(before);
        assertThat(containsReused(kept)).isFalse();
        Value plain = Value.listOf(Value.ofLong(1), Value.ofString("x"));
        assertThat(ValueArena.detach(plain)).isSameAs(plain);
    }

    @Test
    void serializingASliceWritesItsText() throws Exception {
        ValueArena arena = new ValueArena();
        StringValue s = arena.string("abc".toCharArray(), 0, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Value copy = (Value) in.readObject();
            assertThat(copy.asString()).isEqualTo("abc");
            assertThat(copy.isReused()).isFalse();
        }
    }

    @Test
    void serializingAReusedStructWritesAnOrdinaryCopy() throws Exception {
        ValueArena arena = new ValueArena();
        Value record = record(arena, "DE", 123_456, 1250, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(record);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Value copy = (Value) in.readObject();
            assertThat(copy).isEqualTo(record);
            assertThat(containsReused(copy)).isFalse();
        }
    }

    @Test
    void releaseTakesBackTheValuesHandedOutAfterAPosition() {
        ValueArena arena = ValueArena.forRows();
        StructValue kept = arena.struct();
        arena.addField(kept, "a", arena.decimal(125, 2));
        long position = arena.position();
        ListValue first = arena.list();
        BagValue bag = arena.bag();
        arena.addElement(first, arena.integer(5000));
        arena.addElement(bag, arena.floating(1.5));
        arena.release(position);
        assertThat(arena.position()).isEqualTo(position);
        // the released values are handed out again, the kept one is not
        assertThat(arena.list()).isSameAs(first);
        assertThat(arena.bag()).isSameAs(bag);
        assertThat(arena.struct()).isNotSameAs(kept);
        assertThat(kept.fieldValue(0)).isEqualTo(Value.ofDecimal(new BigDecimal("1.25")));
        // a position beyond the current one is ignored
        long later = arena.position();
        arena.release(position);
        arena.release(later);
        assertThat(arena.position()).isEqualTo(position);
        arena.allocateChars(4);
        arena.struct();
        long now = arena.position();
        arena.release(Long.MAX_VALUE); // what a join that closes while it holds a row passes
        assertThat(arena.position()).isEqualTo(now);
    }

    @Test
    void aRowArenaMarksItsValuesAndDetachCopiesThem() {
        ValueArena rows = ValueArena.forRows();
        int at = rows.allocateChars(3);
        "abc".getChars(0, 3, rows.charArray(), at);
        StructValue struct = rows.struct();
        ListValue list = rows.list();
        rows.addElement(list, rows.stringView(rows.charArray(), at, 3));
        rows.addElement(list, rows.decimal(7, 1));
        rows.addField(struct, "l", list);
        assertThat(struct.isRowScoped()).isTrue();
        assertThat(list.get(0).isRowScoped()).isTrue();
        assertThat(new ValueArena().struct().isRowScoped()).isFalse();

        Value copy = ValueArena.detach(struct);
        rows.reset();
        int again = rows.allocateChars(3);
        "xyz".getChars(0, 3, rows.charArray(), again);
        rows.struct();
        rows.decimal(9, 0);
        assertThat(copy.isReused()).isFalse();
        assertThat(copy.toString()).isEqualTo("{'l': ['abc', 0.7]}");
        assertThat(copy.fieldValue(0).get(0).isRowScoped()).isFalse();
    }

    @Test
    void onlyArenaContainersTakeFields() {
        ValueArena arena = new ValueArena();
        assertThatThrownBy(() -> arena.addField(StructValue.empty(), "a", Value.ofLong(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arena.decimal(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {country, id, items: [unscaled × 10^-scale]} built in the arena. */
    private static Value record(
            ValueArena arena, String country, long id, long unscaled, int scale) {
        StructValue s = arena.struct();
        arena.addField(s, "country", arena.string(country.toCharArray(), 0, country.length()));
        arena.addField(s, "id", arena.integer(id));
        ListValue items = arena.list();
        arena.addElement(items, arena.decimal(unscaled, scale));
        arena.addField(s, "items", items);
        return s;
    }

    private static boolean containsReused(Value v) {
        if (v.isReused()) {
            return true;
        }
        for (int i = 0; i < (v.kind() == ValueKind.STRUCT ? v.fieldCount() : 0); i++) {
            if (containsReused(v.fieldValue(i))) {
                return true;
            }
        }
        for (int i = 0; i < (v.kind().isCollection() ? v.size() : 0); i++) {
            if (containsReused(v.get(i))) {
                return true;
            }
        }
        return false;
    }
}
