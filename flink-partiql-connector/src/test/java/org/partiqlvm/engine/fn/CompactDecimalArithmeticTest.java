package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.Value;

/**
 * DECIMAL arithmetic and comparison on compact decimals (computed on {@code long}s) give exactly
 * what {@link BigDecimal} gives: the same value and scale, the same truth, including where the
 * {@code long}s overflow and the engine falls back. Operands are bound both as compact decimals and
 * as {@code BigDecimal}-backed ones, with INT operands mixed in.
 */
class CompactDecimalArithmeticTest {

    private static final String[] OPS = {
        "x + y", "x - y", "x * y", "x / y", "x < y", "x = y", "x >= y"
    };

    private final PartiQLVM[] vms = new PartiQLVM[OPS.length];

    CompactDecimalArithmeticTest() {
        for (int i = 0; i < OPS.length; i++) {
            vms[i] =
                    new PartiQLVM(
                            PlanCompiler.compile(
                                    OPS[i], CompileOptions.withGlobals(List.of("x", "y"))));
        }
    }

    @Property(tries = 2000)
    void resultsAreThoseOfBigDecimal(@ForAll("operands") Value x, @ForAll("operands") Value y) {
        BigDecimal a = x.asBigDecimal();
        BigDecimal b = y.asBigDecimal();
        Value[] expected = {
            number(a.add(b, DecimalValue.DEFAULT_CONTEXT), x, y),
            number(a.subtract(b, DecimalValue.DEFAULT_CONTEXT), x, y),
            number(a.multiply(b, DecimalValue.DEFAULT_CONTEXT), x, y),
            quotient(a, b, x, y),
            Value.ofBool(a.compareTo(b) < 0),
            Value.ofBool(a.compareTo(b) == 0),
            Value.ofBool(a.compareTo(b) >= 0),
            cast(a, 12, 2),
            cast(a, 5, 0),
            cast(a, 18, 6)
        };
        for (int i = 0; i < OPS.length; i++) {
            Bindings in = vms[i].newBindings().set("x", x).set("y", y);
            Value actual = vms[i].evaluate(in);
            assertThat(actual).as("%s with x=%s, y=%s", OPS[i], x, y).isEqualTo(expected[i]);
            assertThat(actual.toString()).isEqualTo(expected[i].toString());
        }
    }

    /** {@code CAST(a AS DECIMAL(p, s))}: half-up, MISSING when it does not fit. */
    private static Value cast(BigDecimal a, int p, int s) {
        BigDecimal d = a.setScale(s, java.math.RoundingMode.HALF_UP);
        return d.signum() != 0 && d.precision() > p ? Value.MISSING : Value.ofDecimal(d);
    }

    /** {@code a / b}: MISSING for a zero divisor, truncated for INTs, else to 38 digits. */
    private static Value quotient(BigDecimal a, BigDecimal b, Value x, Value y) {
        if (b.signum() == 0) {
            return Value.MISSING;
        }
        if (x.kind() == y.kind() && x.kind() == org.partiqlvm.value.ValueKind.INT) {
            return Value.ofBigInteger(a.toBigIntegerExact().divide(b.toBigIntegerExact()));
        }
        return Value.ofDecimal(a.divide(b, DecimalValue.DEFAULT_CONTEXT));
    }

    /** An INT result when both operands are INTs, else a DECIMAL. */
    private static Value number(BigDecimal v, Value x, Value y) {
        if (x.kind() == y.kind() && x.kind() == org.partiqlvm.value.ValueKind.INT) {
            return Value.ofBigInteger(v.toBigIntegerExact());
        }
        return Value.ofDecimal(v);
    }

    @Provide
    Arbitrary<Value> operands() {
        Arbitrary<Long> unscaled =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(-100_000, 100_000),
                        Arbitraries.longs(),
                        Arbitraries.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, -1L));
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 40);
        Arbitrary<Value> compact =
                Combinators.combine(unscaled, scale).as((u, s) -> DecimalValue.of(u, s));
        Arbitrary<Value> big =
                Combinators.combine(unscaled, scale)
                        .as((u, s) -> DecimalValue.of(BigDecimal.valueOf(u, s)));
        Arbitrary<Value> ints = unscaled.map(Value::ofLong);
        return Arbitraries.oneOf(compact, big, ints);
    }
}
