package org.partiqlvm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of values for property tests: every kind, small domains so that equal and
 * equivalent values collide often, and nesting up to depth 2 (no recursive arbitraries: they make
 * jqwik generation explode).
 */
public final class ValueArbitraries {

    private static final int NO_ZONE = 99;

    private ValueArbitraries() {}

    private static final Arbitrary<Value> VALUES = build();

    /** Any value, scalars and containers (built once: jqwik hashes arbitraries). */
    public static Arbitrary<Value> values() {
        return VALUES;
    }

    private static Arbitrary<Value> build() {
        Arbitrary<Value> level0 = scalars();
        Arbitrary<Value> level1 = containers(level0);
        Arbitrary<Value> level2 =
                containers(Arbitraries.frequencyOf(Tuple.of(3, level0), Tuple.of(1, level1)));
        return Arbitraries.frequencyOf(
                Tuple.of(6, level0), Tuple.of(3, level1), Tuple.of(1, level2));
    }

    /** Scalars of every kind, including MISSING, NULL and typed nulls. */
    static Arbitrary<Value> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        Value.MISSING,
                        Value.NULL,
                        Value.nullOf(ValueKind.INT),
                        Value.TRUE,
                        Value.FALSE,
                        Value.ofDouble(Double.NaN),
                        Value.ofDouble(Double.POSITIVE_INFINITY),
                        Value.ofDouble(Double.NEGATIVE_INFINITY),
                        Value.ofDouble(-0.0),
                        Value.ofBigInteger(BigInteger.ONE.shiftLeft(63)),
                        Value.ofDouble(0x1p63),
                        Value.ofLong(Long.MAX_VALUE),
                        Value.ofDecimal(new BigDecimal("0.1")),
                        Value.ofDouble(0.1)),
                Arbitraries.integers().between(-3, 3).map(Value::ofLong),
                Combinators.combine(
                                Arbitraries.integers().between(-12, 12),
                                Arbitraries.integers().between(0, 2))
                        .as((u, s) -> Value.ofDecimal(BigDecimal.valueOf(u, 1).setScale(s + 1))),
                Arbitraries.integers().between(-6, 6).map(k -> Value.ofDouble(k / 2.0)),
                Combinators.combine(
                                Arbitraries.of("", "a", "b", "ab", "\uFFFD", "\uD83D\uDCA9"),
                                Arbitraries.of(true, false))
                        .as((t, symbol) -> symbol ? Value.ofSymbol(t) : Value.ofString(t)),
                Combinators.combine(
                                Arbitraries.bytes()
                                        .between((byte) -2, (byte) 2)
                                        .array(byte[].class)
                                        .ofMaxSize(2),
                                Arbitraries.of(true, false))
                        .as((b, clob) -> clob ? Value.ofClob(b) : Value.ofBlob(b)),
                Arbitraries.integers()
                        .between(0, 3)
                        .map(d -> Value.ofDate(LocalDate.of(2024, 1, 1).plusDays(d))),
                times(),
                timestamps(),
                Arbitraries.integers().between(-13, 13).map(m -> Value.ofIntervalYearMonth(m)),
                Arbitraries.integers()
                        .between(-3, 3)
                        .map(k -> Value.ofIntervalDayTime(k, 500_000_000L * k)));
    }

    private static Arbitrary<Value> times() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(NO_ZONE, 0, 1, -1),
                        Arbitraries.integers().between(0, 2))
                .as(
                        (h, offsetHours, p) ->
                                Value.ofTime(
                                        LocalTime.of(h, 0),
                                        offsetHours == NO_ZONE
                                                ? null
                                                : ZoneOffset.ofHours(offsetHours),
                                        p));
    }

    private static Arbitrary<Value> timestamps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(NO_ZONE, 0, 1, -1),
                        Arbitraries.integers().between(0, 2))
                .as(
                        (h, offsetHours, p) ->
                                Value.ofTimestamp(
                                        LocalDateTime.of(2024, 1, 1, h, 0),
                                        offsetHours == NO_ZONE
                                                ? null
                                                : ZoneOffset.ofHours(offsetHours),
                                        p));
    }

    private static Arbitrary<Value> containers(Arbitrary<Value> element) {
        Arbitrary<List<Value>> elements = element.list().ofMaxSize(3);
        return Arbitraries.oneOf(
                elements.map(ListValue::of),
                elements.map(BagValue::of),
                elements.map(SexpValue::of),
                Combinators.combine(
                                Arbitraries.of("a", "b", "A").list().ofMaxSize(3),
                                element.list().ofSize(3))
                        .as(
                                (names, values) -> {
                                    StructValue.Builder b = StructValue.builder();
                                    for (int k = 0; k < names.size(); k++) {
                                        b.add(names.get(k), values.get(k));
                                    }
                                    return b.build();
                                }));
    }

    /**
     * An equivalent value spelled differently where the model allows it: INTs as DECIMALs or
     * FLOATs, DECIMALs with more zeros, STRING and SYMBOL swapped, BLOB and CLOB swapped, typed
     * nulls, times in another zone, bag elements and struct fields shuffled.
     */
    static Value respell(Value v, Random random) {
        switch (v.kind()) {
            case NULL:
                return random.nextBoolean() ? Value.NULL : Value.nullOf(ValueKind.STRING);
            case INT:
                if (v.fitsLong() && Math.abs(v.asLong()) < 1000 && random.nextBoolean()) {
                    return random.nextBoolean()
                            ? Value.ofDecimal(BigDecimal.valueOf(v.asLong()).setScale(2))
                            : Value.ofDouble(v.asLong());
                }
                return v;
            case DECIMAL:
                return Value.ofDecimal(v.asBigDecimal().setScale(v.asBigDecimal().scale() + 2));
            case STRING:
                return Value.ofSymbol(v.asString());
            case SYMBOL:
                return Value.ofString(v.asString());
            case BLOB:
                return Value.ofClob(v.asBytes().clone());
            case CLOB:
                return Value.ofBlob(v.asBytes().clone());
            case TIMESTAMP:
                {
                    TimestampValue t = (TimestampValue) v;
                    if (!t.hasTimeZone()) {
                        return v;
                    }
                    ZoneOffset other = ZoneOffset.ofHours(5);
                    LocalDateTime shifted =
                            t.dateTime()
                                    .plusSeconds(
                                            other.getTotalSeconds() - t.offset().getTotalSeconds());
                    return Value.ofTimestamp(shifted, other, 9);
                }
            case LIST:
            case SEXP:
                {
                    Value[] elements = new Value[v.size()];
                    for (int k = 0; k < elements.length; k++) {
                        elements[k] = respell(v.get(k), random);
                    }
                    return v.kind() == ValueKind.LIST
                            ? ListValue.wrap(elements)
                            : SexpValue.wrap(elements);
                }
            case BAG:
                {
                    List<Value> elements = new ArrayList<>();
                    for (int k = 0; k < v.size(); k++) {
                        elements.add(respell(v.get(k), random));
                    }
                    Collections.shuffle(elements, random);
                    return BagValue.of(elements);
                }
            case STRUCT:
                {
                    List<Integer> order = new ArrayList<>();
                    for (int k = 0; k < v.fieldCount(); k++) {
                        order.add(k);
                    }
                    Collections.shuffle(order, random);
                    StructValue.Builder b = StructValue.builder();
                    for (int k : order) {
                        b.add(v.fieldName(k), respell(v.fieldValue(k), random));
                    }
                    return b.build();
                }
            default:
                return v;
        }
    }
}
