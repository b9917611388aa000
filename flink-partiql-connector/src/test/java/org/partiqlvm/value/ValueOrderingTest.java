package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ValueOrderingTest {

    private static Value i(long v) {
        return Value.ofLong(v);
    }

    private static Value s(String v) {
        return Value.ofString(v);
    }

    private static List<Value> sorted(Comparator<Value> order, List<Value> values) {
        List<Value> copy = new ArrayList<>(values);
        Collections.shuffle(copy, new Random(42));
        copy.sort(order);
        return copy;
    }

    private static final Value BLOB =
            Value.ofBlob(Base64.getDecoder().decode("YWFhYWFhYWFhYWFhYf8="));
    private static final Value CLOB =
            Value.ofClob("aaaaaaaaaaaaa\u00ff".getBytes(StandardCharsets.ISO_8859_1));
    private static final Value DATE = Value.ofDate(LocalDate.of(2021, 8, 22));
    private static final Value TIME = Value.ofTime(LocalTime.of(12, 12, 12, 100_000_000), null, 1);
    private static final Value TIMESTAMP = Value.ofTimestamp(LocalDateTime.of(2017, 1, 1, 0, 0));

    /** The suite's differentDataTypes table (eval/query/order-by.ion), in table order. */
    private static final List<Value> DIFFERENT_DATA_TYPES =
            List.of(
                    StructValue.empty(),
                    i(5),
                    TIMESTAMP,
                    Value.listOf(),
                    TIME,
                    Value.ofSymbol("a"),
                    Value.NULL,
                    Value.FALSE,
                    BLOB,
                    DATE,
                    Value.bagOf(),
                    CLOB);

    private static List<Value> stableSort(Comparator<Value> order, List<Value> values) {
        List<Value> copy = new ArrayList<>(values);
        copy.sort(order); // stable: the BLOB and the CLOB have the same bytes and tie
        return copy;
    }

    @Test
    void ordersKindsLikeTheSuiteWithNullsLastForAscending() {
        assertThat(stableSort(ValueOrdering.forOrderBy(true, null), DIFFERENT_DATA_TYPES))
                .containsExactly(
                        Value.FALSE,
                        i(5),
                        DATE,
                        TIME,
                        TIMESTAMP,
                        Value.ofSymbol("a"),
                        BLOB,
                        CLOB,
                        Value.listOf(),
                        StructValue.empty(),
                        Value.bagOf(),
                        Value.NULL);
    }

    @Test
    void descendingDefaultsToNullsFirst() {
        assertThat(stableSort(ValueOrdering.forOrderBy(false, null), DIFFERENT_DATA_TYPES))
                .containsExactly(
                        Value.NULL,
                        Value.bagOf(),
                        StructValue.empty(),
                        Value.listOf(),
                        BLOB,
                        CLOB,
                        Value.ofSymbol("a"),
                        TIMESTAMP,
                        TIME,
                        DATE,
                        i(5),
                        Value.FALSE);
    }

    @Test
    void ascendingNullsFirst() {
        assertThat(stableSort(ValueOrdering.forOrderBy(true, true), DIFFERENT_DATA_TYPES))
                .startsWith(Value.NULL, Value.FALSE, i(5), DATE)
                .endsWith(Value.listOf(), StructValue.empty(), Value.bagOf());
    }

    @Test
    void explicitNullPlacement() {
        List<Value> values = List.of(Value.NULL, i(2), i(1), Value.MISSING);
        assertThat(sorted(ValueOrdering.forOrderBy(true, true), values))
                .containsExactly(Value.MISSING, Value.NULL, i(1), i(2));
        assertThat(sorted(ValueOrdering.forOrderBy(false, true), values))
                .containsExactly(Value.NULL, Value.MISSING, i(2), i(1));
        assertThat(sorted(ValueOrdering.forOrderBy(false, false), values))
                .containsExactly(i(2), i(1), Value.NULL, Value.MISSING);
        assertThat(sorted(ValueOrdering.forOrderBy(true, false), values))
                .containsExactly(i(1), i(2), Value.MISSING, Value.NULL);
        assertThat(ValueOrdering.NULLS_FIRST.nullsFirst()).isTrue();
        assertThat(ValueOrdering.NULLS_LAST.nullsFirst()).isFalse();
    }

    @Test
    void numbersWithNaNFirstThenInfinities() {
        List<Value> expected =
                List.of(
                        Value.ofDouble(Double.NaN),
                        Value.ofDouble(Double.NEGATIVE_INFINITY),
                        Value.ofDecimal(new BigDecimal("-0.5")),
                        i(5),
                        Value.ofDecimal(new BigDecimal("6.5")),
                        Value.ofDouble(7),
                        i(9),
                        Value.ofDouble(Double.POSITIVE_INFINITY));
        assertThat(sorted(ValueOrdering.NULLS_FIRST, expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void textByCodePoints() {
        List<Value> expected =
                List.of(
                        s("0"),
                        s("9"),
                        s("A"),
                        s("Z"),
                        s("a"),
                        Value.ofSymbol("z"),
                        s("\uFFFD"),
                        s("\uD83D\uDCA9"),
                        s("\uD83D\uDCA9x"));
        assertThat(sorted(ValueOrdering.NULLS_FIRST, expected)).containsExactlyElementsOf(expected);
        assertThat(ValueOrdering.compareCodePoints("\uFFFD", "\uD83D\uDCA9")).isNegative();
        assertThat("\uFFFD".compareTo("\uD83D\uDCA9")).isPositive(); // why it matters
        assertThat(ValueOrdering.compareCodePoints("ab", "abc")).isNegative();
        assertThat(ValueOrdering.compareCodePoints("", "")).isZero();
    }

    @Test
    void lobsByUnsignedOctets() {
        List<Value> expected =
                List.of(
                        Value.ofClob(new byte[] {}),
                        Value.ofBlob(new byte[] {'A'}),
                        Value.ofClob(new byte[] {'Z'}),
                        Value.ofBlob(new byte[] {'a'}),
                        Value.ofBlob(new byte[] {(byte) 0xFF}));
        assertThat(sorted(ValueOrdering.NULLS_FIRST, expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void nestedValuesUseTheSameNullPlacement() {
        // eval/ion/query/order-by.ion, "lists items should be ordered by data types (ASC)"
        List<Value> expected =
                List.of(
                        Value.listOf(Value.TRUE),
                        Value.listOf(i(1)),
                        Value.listOf(s("a")),
                        Value.listOf(Value.ofBlob(new byte[0])),
                        Value.listOf(Value.listOf()),
                        Value.listOf(StructValue.empty()),
                        Value.listOf(Value.bagOf()),
                        Value.listOf(Value.NULL));
        assertThat(sorted(ValueOrdering.forOrderBy(true, null), expected))
                .containsExactlyElementsOf(expected);
        List<Value> descending = new ArrayList<>(expected);
        Collections.reverse(descending);
        assertThat(sorted(ValueOrdering.forOrderBy(false, null), expected))
                .containsExactlyElementsOf(descending);
    }

    @Test
    void collectionsCompareLexicographically() {
        List<Value> expected =
                List.of(
                        Value.listOf(),
                        Value.listOf(i(1)),
                        Value.listOf(i(1), i(1)),
                        Value.listOf(i(2)),
                        Value.sexpOf(),
                        Value.structBuilder().add("a", i(1)).build(),
                        Value.structBuilder().add("a", i(1)).add("b", i(0)).build(),
                        Value.structBuilder().add("a", i(2)).build(),
                        Value.structBuilder().add("b", i(0)).build(),
                        Value.bagOf(i(1), i(3)),
                        Value.bagOf(i(3), i(2)), // sorted: <<2, 3>>
                        Value.bagOf(i(3)));
        assertThat(sorted(ValueOrdering.NULLS_FIRST, expected)).containsExactlyElementsOf(expected);
        assertThat(
                        ValueOrdering.NULLS_FIRST.compare(
                                Value.structBuilder().add("b", i(1)).add("a", i(2)).build(),
                                Value.structBuilder().add("a", i(2)).add("b", i(1)).build()))
                .isZero();
    }

    @Test
    void datetimesWithoutZoneComeFirst() {
        LocalDateTime t = LocalDateTime.of(2024, 6, 1, 12, 0);
        List<Value> expected =
                List.of(
                        Value.ofDate(LocalDate.of(2030, 1, 1)),
                        Value.ofTime(LocalTime.of(23, 0), null, 0),
                        Value.ofTime(LocalTime.of(1, 0), ZoneOffset.ofHours(2), 0), // 23:00Z
                        Value.ofTime(LocalTime.of(23, 30), ZoneOffset.UTC, 0),
                        Value.ofTimestamp(t.plusYears(1)),
                        Value.ofTimestamp(t, ZoneOffset.ofHours(2), 0),
                        Value.ofTimestamp(t, ZoneOffset.UTC, 0),
                        Value.ofIntervalYearMonth(-1),
                        Value.ofIntervalYearMonth(1),
                        Value.ofIntervalDayTime(-1, 0),
                        Value.ofIntervalDayTime(0, 1));
        assertThat(sorted(ValueOrdering.NULLS_FIRST, expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void missingSortsBeforeNullAndTypedNullsTie() {
        assertThat(ValueOrdering.NULLS_FIRST.compare(Value.MISSING, Value.NULL)).isNegative();
        assertThat(ValueOrdering.NULLS_LAST.compare(Value.MISSING, Value.NULL)).isNegative();
        assertThat(ValueOrdering.NULLS_LAST.compare(Value.NULL, Value.bagOf())).isPositive();
        assertThat(ValueOrdering.NULLS_FIRST.compare(Value.nullOf(ValueKind.INT), Value.NULL))
                .isZero();
    }

    // ---------------------------------------------------------------- properties (jqwik)

    private static final List<ValueOrdering> ORDERS =
            List.of(ValueOrdering.NULLS_FIRST, ValueOrdering.NULLS_LAST);

    @Provide
    Arbitrary<Value> values() {
        return ValueArbitraries.values();
    }

    @Provide
    Arbitrary<List<Value>> valueLists() {
        return ValueArbitraries.values().list().ofMaxSize(8);
    }

    @Property
    void orderingIsAntisymmetric(@ForAll("values") Value a, @ForAll("values") Value b) {
        for (ValueOrdering order : ORDERS) {
            assertThat(Integer.signum(order.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(-Integer.signum(order.compare(b, a)));
            assertThat(order.compare(a, a)).isZero();
        }
    }

    @Property
    void orderingIsTransitive(@ForAll("valueLists") List<Value> values) {
        for (ValueOrdering order : ORDERS) {
            List<Value> sorted = new ArrayList<>(values);
            sorted.sort(order);
            for (int x = 0; x < sorted.size(); x++) {
                for (int y = x + 1; y < sorted.size(); y++) {
                    assertThat(order.compare(sorted.get(x), sorted.get(y)))
                            .as("%s before %s", sorted.get(x), sorted.get(y))
                            .isLessThanOrEqualTo(0);
                }
            }
            for (Value a : values) {
                for (Value b : values) {
                    for (Value c : values) {
                        if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
                            assertThat(order.compare(a, c))
                                    .as("%s, %s, %s", a, b, c)
                                    .isLessThanOrEqualTo(0);
                        }
                    }
                }
            }
        }
    }

    @Property
    void orderingIsConsistentWithEquivalenceAndHash(
            @ForAll("values") Value a, @ForAll("values") Value b) {
        boolean equivalent = ValueEquivalence.equivalent(a, b);
        for (ValueOrdering order : ORDERS) {
            assertThat(order.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(equivalent);
        }
        if (equivalent) {
            assertThat(ValueEquivalence.hash(a))
                    .as("hash %s vs %s", a, b)
                    .isEqualTo(ValueEquivalence.hash(b));
        }
        if (a.equals(b)) {
            assertThat(equivalent).isTrue();
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property
    void respelledValuesAreEquivalentWithEqualHashes(@ForAll("values") Value v, @ForAll long seed) {
        Value other = ValueArbitraries.respell(v, new Random(seed));
        assertThat(ValueEquivalence.equivalent(v, other)).as("%s vs %s", v, other).isTrue();
        assertThat(ValueEquivalence.hash(other)).isEqualTo(ValueEquivalence.hash(v));
        for (ValueOrdering order : ORDERS) {
            assertThat(order.compare(v, other)).isZero();
        }
    }
}
