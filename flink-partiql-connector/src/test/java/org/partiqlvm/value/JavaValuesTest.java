package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaValuesTest {

    @Test
    void scalarsFromJava() {
        assertThat(JavaValues.fromJava(null)).isSameAs(Value.NULL);
        assertThat(JavaValues.fromJava(true)).isSameAs(Value.TRUE);
        assertThat(JavaValues.fromJava((byte) 7)).isEqualTo(Value.ofLong(7));
        assertThat(JavaValues.fromJava((short) 7)).isEqualTo(Value.ofLong(7));
        assertThat(JavaValues.fromJava(7)).isEqualTo(Value.ofLong(7));
        assertThat(JavaValues.fromJava(7L)).isEqualTo(Value.ofLong(7));
        assertThat(JavaValues.fromJava(BigInteger.TEN.pow(30)).asBigInteger())
                .isEqualTo(BigInteger.TEN.pow(30));
        assertThat(JavaValues.fromJava(1.5f)).isEqualTo(Value.ofDouble(1.5));
        assertThat(JavaValues.fromJava(new BigDecimal("1.10")))
                .isEqualTo(Value.ofDecimal(new BigDecimal("1.10")));
        assertThat(JavaValues.fromJava("s")).isEqualTo(Value.ofString("s"));
        assertThat(JavaValues.fromJava('c')).isEqualTo(Value.ofString("c"));
        assertThat(JavaValues.fromJava(new StringBuilder("sb"))).isEqualTo(Value.ofString("sb"));
        Value v = Value.ofSymbol("x");
        assertThat(JavaValues.fromJava(v)).isSameAs(v);
    }

    @Test
    void bytesAreCopied() {
        byte[] bytes = {1, 2};
        Value blob = JavaValues.fromJava(bytes);
        bytes[0] = 9;
        assertThat(blob.asBytes()).containsExactly(1, 2);
        byte[] out = (byte[]) JavaValues.toJava(blob);
        out[0] = 9;
        assertThat(blob.asBytes()).containsExactly(1, 2);
    }

    @Test
    void temporalsFromJava() {
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000);
        assertThat(JavaValues.fromJava(t.toLocalDate())).isEqualTo(Value.ofDate(t.toLocalDate()));
        assertThat(JavaValues.fromJava(t.toLocalTime()))
                .isEqualTo(Value.ofTime(t.toLocalTime(), null, 1));
        assertThat(JavaValues.fromJava(t)).isEqualTo(Value.ofTimestamp(t, null, 1));
        ZoneOffset plus2 = ZoneOffset.ofHours(2);
        assertThat(JavaValues.fromJava(OffsetDateTime.of(t, plus2)))
                .isEqualTo(Value.ofTimestamp(t, plus2, 1));
        assertThat(JavaValues.fromJava(OffsetTime.of(t.toLocalTime(), plus2)))
                .isEqualTo(Value.ofTime(t.toLocalTime(), plus2, 1));
        assertThat(JavaValues.fromJava(ZonedDateTime.of(t, ZoneId.of("Europe/Paris"))))
                .isEqualTo(Value.ofTimestamp(t, ZoneOffset.ofHours(1), 1));
        assertThat(JavaValues.fromJava(Instant.EPOCH))
                .isEqualTo(
                        Value.ofTimestamp(LocalDateTime.of(1970, 1, 1, 0, 0), ZoneOffset.UTC, 0));
        assertThat(JavaValues.fromJava(Period.of(1, 2, 0)))
                .isEqualTo(Value.ofIntervalYearMonth(14));
        assertThat(JavaValues.fromJava(Duration.ofMillis(-1500)))
                .isEqualTo(Value.ofIntervalDayTime(-1, -500_000_000));
        assertThatThrownBy(() -> JavaValues.fromJava(Period.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containersFromJava() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of("x", 2.5));
        map.put("n", null);
        map.put("set", new LinkedHashSet<>(List.of(1, 2)));
        map.put("ints", new int[] {1, 2});
        map.put("objects", new Object[] {"o"});
        Value v = JavaValues.fromJava(map);
        assertThat(v)
                .hasToString(
                        "{'z': 1, 'a': ['x', `2.5e0`], 'n': NULL, 'set': <<1, 2>>, 'ints': [1, 2],"
                                + " 'objects': ['o']}");
        assertThatThrownBy(() -> JavaValues.fromJava(Map.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> JavaValues.fromJava(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no PartiQL value for Java java.lang.Object");
    }

    @Test
    void aReaderIsAskedForUnknownClassesAtEveryDepthAndNamesMapFields() {
        JavaValues.ObjectReader reader =
                new JavaValues.ObjectReader() {
                    @Override
                    public Value read(Object o, java.util.function.Function<Object, Value> parts) {
                        return o instanceof StringBuilder sb
                                ? Value.ofString("sb")
                                : o instanceof Thread.State st
                                        ? parts.apply(List.of(st.name()))
                                        : null;
                    }

                    @Override
                    public String fieldName(Object key) {
                        return "k" + key;
                    }
                };
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(1, List.of(Thread.State.NEW));
        map.put(2, new Object[] {Map.of("x", Thread.State.BLOCKED)});

        assertThat(JavaValues.fromJava(map, reader))
                .hasToString("{'k1': [['NEW']], 'k2': [{'kx': ['BLOCKED']}]}");
        // CharSequence is known to the walk itself: the reader is not asked.
        assertThat(JavaValues.fromJava(new StringBuilder("t"), reader))
                .isEqualTo(Value.ofString("t"));
        assertThatThrownBy(() -> JavaValues.fromJava(new Object(), reader))
                .hasMessage("no PartiQL value for Java java.lang.Object");
    }

    @Test
    void aCycleIsRejectedAtTheDepthLimit() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> JavaValues.fromJava(cycle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested more than " + JavaValues.MAX_DEPTH);
    }

    @Test
    void toJavaMapsEveryKind() {
        assertThat(JavaValues.toJava(Value.MISSING)).isNull();
        assertThat(JavaValues.toJava(Value.nullOf(ValueKind.INT))).isNull();
        assertThat(JavaValues.toJava(Value.ofLong(3))).isEqualTo(3L);
        assertThat(JavaValues.toJava(Value.ofBigInteger(BigInteger.TEN.pow(20))))
                .isEqualTo(BigInteger.TEN.pow(20));
        assertThat(JavaValues.toJava(Value.ofDouble(2.5))).isEqualTo(2.5);
        assertThat(JavaValues.toJava(Value.ofDecimal(BigDecimal.ONE))).isEqualTo(BigDecimal.ONE);
        assertThat(JavaValues.toJava(Value.ofSymbol("s"))).isEqualTo("s");
        assertThat(JavaValues.toJava(Value.FALSE)).isEqualTo(false);
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 3, 4);
        assertThat(JavaValues.toJava(Value.ofTimestamp(t))).isEqualTo(t);
        assertThat(JavaValues.toJava(Value.ofTimestamp(t, ZoneOffset.UTC, 0)))
                .isEqualTo(OffsetDateTime.of(t, ZoneOffset.UTC));
        assertThat(JavaValues.toJava(Value.ofTime(LocalTime.NOON))).isEqualTo(LocalTime.NOON);
        assertThat(JavaValues.toJava(Value.ofDate(LocalDate.EPOCH))).isEqualTo(LocalDate.EPOCH);
        assertThat(JavaValues.toJava(Value.ofIntervalYearMonth(-14)))
                .isEqualTo(Period.of(-1, -2, 0));
        assertThat(JavaValues.toJava(Value.ofIntervalDayTime(90, 0)))
                .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void toJavaContainers() {
        Value struct =
                Value.structBuilder()
                        .add("a", Value.ofLong(1))
                        .add("gone", Value.MISSING)
                        .add("l", Value.listOf(Value.MISSING, Value.sexpOf(Value.TRUE)))
                        .add("a", Value.ofLong(2))
                        .build();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 2L);
        expected.put("l", new ArrayList<>(Arrays.asList(null, List.of(true))));
        assertThat(JavaValues.toJava(struct)).isEqualTo(expected);
        assertThat(JavaValues.toJava(Value.bagOf(Value.ofLong(1)))).isEqualTo(List.of(1L));
    }

    @Test
    void roundTripsThroughJava() {
        Value v =
                Value.structBuilder()
                        .add("n", Value.ofDecimal(new BigDecimal("1.5")))
                        .add("t", Value.ofTimestamp(LocalDateTime.of(2024, 5, 6, 7, 8, 9)))
                        .add("l", Value.listOf(Value.ofString("x"), Value.NULL))
                        .build();
        assertThat(JavaValues.fromJava(JavaValues.toJava(v))).isEqualTo(v);
    }
}
