package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.FnTesting.assertSame;
import static org.partiqlvm.engine.fn.FnTesting.site;
import static org.partiqlvm.engine.fn.FnTesting.slot;
import static org.partiqlvm.engine.fn.FnTesting.v;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/** The accumulators the VM's SQL aggregates share with the coll_* functions (sql-aggregate.ion). */
class AggregateFunctionTest {

    private static Value aggregate(
            AggregateFunction f, boolean distinct, EvalMode mode, String... values) {
        Accumulator acc = f.newAccumulator(distinct, site(f.name(), mode));
        acc.reset();
        for (String v : values) {
            acc.add(slot(v));
        }
        Slot out = new Slot();
        acc.result(out);
        return out.toValue();
    }

    @ParameterizedTest(name = "{0}({1} {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    COUNT | false | 1, 1, 1, 2 | 4
                    COUNT | true | 1, 1, 1, 2 | 2
                    COUNT | false | null, MISSING, 1 | 1
                    COUNT_STAR | false | null, MISSING, 1 | 3
                    COUNT_STAR | true | 1, 1 | 2
                    SUM | false | 1, 1, 1, 2 | 5
                    SUM | true | 1, 1, 1, 2 | 3
                    SUM | false | 2, 4.0, 6e0, 8, 10. | 30.0
                    SUM | false | null | null
                    AVG | false | 1, 1, 1, 2 | 1.25
                    AVG | true | 1, 1, 1, 2 | 1.5
                    AVG | false | 2, 4 | 3.
                    MIN | false | 4, 1, 2 | 1
                    MIN | false | 4, 1.5, 2 | 1.5
                    MAX | false | 1, 4.00, 9e0, 16, 25. | 25.
                    MAX | false | "a", 1, null | "a"
                    MAX | false | 9223372036854775808, 9223372036854775807 | 9223372036854775808
                    MIN | false | MISSING | null
                    ANY | false | true, false | true
                    SOME | false | false, null | false
                    EVERY | false | true, null, true | true
                    EVERY | true | true, false, true | false
                    ANY | false | null | null
                    """)
    void aggregates(String function, boolean distinct, String values, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(
                    v(expected),
                    aggregate(
                            AggregateFunction.valueOf(function), distinct, mode, values.split(",")),
                    function + "(" + values + ")");
        }
    }

    @Test
    void resetStartsANewGroup() {
        Accumulator sum = AggregateFunction.SUM.newAccumulator(true, site("SUM", EvalMode.ERROR));
        sum.reset();
        sum.add(slot("1"));
        sum.add(slot("1"));
        sum.reset();
        sum.add(slot("1"));
        Slot out = new Slot();
        sum.result(out);
        assertThat(out.getLong()).isEqualTo(1);
        Accumulator min = AggregateFunction.MIN.newAccumulator(false, site("MIN", EvalMode.ERROR));
        min.add(slot("5"));
        min.reset();
        min.result(out);
        assertThat(out.isNull()).isTrue();
    }

    @Test
    void mistypedValuesFailTheGroup() {
        assertThat(
                        aggregate(AggregateFunction.SUM, false, EvalMode.COERCE, "1", "\"a\"", "2")
                                .isMissing())
                .isTrue();
        assertThatThrownBy(
                        () -> aggregate(AggregateFunction.SUM, false, EvalMode.ERROR, "1", "\"a\""))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("the aggregated values must be numbers, found STRING");
        assertThat(aggregate(AggregateFunction.EVERY, false, EvalMode.COERCE, "1").isMissing())
                .isTrue();
    }

    @Test
    void namesResolveCaseInsensitively() {
        assertThat(AggregateFunction.byName("every")).isEqualTo(AggregateFunction.EVERY);
        assertThat(AggregateFunction.byName("Sum")).isEqualTo(AggregateFunction.SUM);
        assertThat(AggregateFunction.byName("count_star")).isNull();
        assertThat(AggregateFunction.byName("median")).isNull();
    }
}
