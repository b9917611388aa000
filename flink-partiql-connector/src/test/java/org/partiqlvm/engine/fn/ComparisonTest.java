package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.FnTesting.assertBinary;
import static org.partiqlvm.engine.fn.FnTesting.assertBinaryError;
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

class ComparisonTest {

    private static FnTesting.BinaryOp op(String symbol) {
        return switch (symbol) {
            case "=" -> Comparison::eq;
            case "<>" -> Comparison::ne;
            case "<" -> Comparison::lt;
            case "<=" -> Comparison::le;
            case ">" -> Comparison::gt;
            case ">=" -> Comparison::ge;
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    # numbers by value across kinds
                    1 | = | 1e0 | true
                    1 | = | 1.00 | true
                    1 | <> | 2e0 | true
                    9223372036854775807 | < | 9223372036854775808 | true
                    9007199254740993 | > | 9007199254740992e0 | true
                    0.1 | = | 0.1e0 | false
                    3 | > | 2e0 | true
                    1.23 | <= | 1 | false
                    # equality never fails and compares deeply
                    5 | = | "a" | false
                    2 | = | "2" | false
                    "A" | = | "a" | false
                    "a" | = | a | true
                    {} | = | [] | false
                    [1, 2e0, null, $missing::null] | = | [1.0, 2, null, $missing::null] | true
                    [1, 2e0, null] | = | [1.0, 2, $missing::null] | true
                    [1, 2e0, "hello"] | = | [1, 2e0] | false
                    [1, 2e0, "hello"] | = | ["hello", 2, 1.0] | false
                    $bag::[1, 2e0, "hello", null] | = | $bag::[null, "hello", 2, 1.0] | true
                    $bag::[3, 4, 2] | = | $bag::[2, 2, 3, 4] | false
                    {a: 1, a: 10.0, b: 2e0} | = | {b: 2, a: 10, a: 1.0} | true
                    {a: 1, b: 2} | = | {a: 1, b: null} | false
                    [1] | = | (1) | false
                    # datetimes: without time zone read in UTC
                    TIME 10:30:00 | = | TIME 10:30:00+00:00 | true
                    TIME 10:30:00 | = | TIME 10:30:00+05:00 | false
                    TIME 10:30:00+05:00 | < | TIME 10:30:00-03:00 | true
                    TIME 10:00:00+01:00 | = | TIME 09:00:00+00:00 | true
                    DATE 2023-05-15 | = | TS 2023-05-15 00:00:00 | true
                    DATE 2023-05-15 | < | TS 2023-05-15 10:30:00+00:00 | true
                    DATE 2023-05-16 | > | TS 2023-05-15 23:59:59 | true
                    TS 2023-05-15 10:30:00 | = | TS 2023-05-15 10:30:00+00:00 | true
                    TS 2023-05-15 10:00:00+01:00 | >= | TS 2023-05-15 09:00:00+00:00 | true
                    YM 1-0 | > | YM 0-11 | true
                    DT 1 00:00:00 | > | DT 0 23:59:59.999999999 | true
                    false | < | true | true
                    "B" | <= | "XZ" | true
                    "😁" | > | "\\uffff" | true
                    # unknowns
                    null | = | null | null
                    MISSING | = | null | null
                    null | = | MISSING | null
                    null.int | = | MISSING | null
                    MISSING | = | MISSING | MISSING
                    1 | = | MISSING | MISSING
                    1 | < | null | null
                    1 | < | MISSING | MISSING
                    null | <> | 1 | null
                    """)
    void comparisons(String a, String symbol, String b, String expected) {
        assertBinary(op(symbol), a, b, expected);
    }

    @Test
    void orderingIncompatibleTypesIsATypeError() {
        assertBinaryError(Comparison::gt, "5", "\"a\"", "cannot compare INT and STRING");
        assertBinaryError(Comparison::lt, "DATE 2020-01-01", "TIME 10:00:00", "cannot compare");
        assertBinaryError(Comparison::lt, "{a: 1}", "{a: 2}", "cannot compare STRUCT");
        assertBinaryError(Comparison::lt, "YM 1-0", "DT 1 00:00:00", "cannot compare");
        assertBinaryError(Comparison::le, "{a: 1}", "null", "found STRUCT");
        assertBinaryError(Comparison::le, "MISSING", "[1]", "found LIST");
    }

    @ParameterizedTest(name = "{0} BETWEEN {1} AND {2} is {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    1 | -1 | 1 | true
                    1 | -1.0 | 1.0 | true
                    1 | -1 | 0.9 | false
                    1.23 | -1 | 1 | false
                    2e0 | 1.000001 | 3.0000000 | true
                    "B" | "B" | "Y" | true
                    "ZOE" | "B" | "Y" | false
                    null | 1 | 2 | null
                    5 | null | 2 | false
                    1 | null | 2 | null
                    MISSING | 1 | 2 | MISSING
                    1 | MISSING | 0 | false
                    """)
    void between(String value, String low, String high, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            Slot out = new Slot();
            Comparison.between(slot(value), slot(low), slot(high), out, site("BETWEEN", mode));
            assertSame(v(expected), out.toValue(), value + " BETWEEN " + low + " AND " + high);
        }
    }

    @Test
    void betweenOfIncompatibleTypesIsATypeError() {
        Slot out = new Slot();
        Comparison.between(
                slot("1"), slot("\"a\""), slot("2"), out, site("BETWEEN", EvalMode.COERCE));
        assertThat(out.isMissing()).isTrue();
        assertThatThrownBy(
                        () ->
                                Comparison.between(
                                        slot("1"),
                                        slot("0"),
                                        slot("\"z\""),
                                        new Slot(),
                                        site("BETWEEN", EvalMode.ERROR)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("cannot compare INT and STRING");
    }

    @ParameterizedTest(name = "{0} IN {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    5.0 | [5, 2e0] | true
                    2.0 | $bag::[5, 2e0] | true
                    3 | [5, 2e0] | false
                    "comedy" | ["sci-fi", "comedy"] | true
                    5 | [[5, 2e0]] | false
                    [5, 2e0] | [[5, 2e0]] | true
                    3 | [5, null] | null
                    5 | [5, null] | true
                    null | [1] | null
                    null | [] | false
                    MISSING | [1] | MISSING
                    1 | null | null
                    1 | MISSING | MISSING
                    """)
    void in(String needle, String haystack, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            Slot out = new Slot();
            Comparison.in(slot(needle), slot(haystack), out, site("IN", mode));
            assertSame(v(expected), out.toValue(), needle + " IN " + haystack);
            Comparison.notIn(slot(needle), slot(haystack), out, site("NOT IN", mode));
            Value negated =
                    v(expected).isUnknown()
                            ? Value.NULL
                            : Value.ofBool(!v(expected).booleanValue());
            if (v(expected).isMissing() && v(haystack).isMissing()) {
                negated = Value.MISSING;
            }
            assertSame(negated, out.toValue(), needle + " NOT IN " + haystack);
        }
    }

    @Test
    void inAndNotInOverANonCollection() {
        // in-operator.ion: IN 5 selects nothing in both modes; NOT IN 5 fails in strict mode.
        for (EvalMode mode : EvalMode.values()) {
            Slot out = new Slot();
            Comparison.in(slot("5"), slot("5"), out, site("IN", mode));
            assertThat(out.isMissing()).isTrue();
        }
        assertBinaryError(
                Comparison::notIn, "5", "5", "argument 2 must be a collection, found INT");
    }

    @Test
    void equalityOfLongsAllocatesNothingObservable() {
        Slot a = new Slot();
        Slot b = new Slot();
        a.setLong(7);
        b.setLong(7);
        Slot out = new Slot();
        Comparison.eq(a, b, out, site("=", EvalMode.ERROR));
        assertThat(out.getBool()).isTrue();
    }

    @Test
    void equalityHelperComparesDeeply() {
        assertThat(Equality.equal(v("{a: [1, {b: 2.0}]}"), v("{a: [1.0, {b: 2e0}]}"))).isTrue();
        assertThat(Equality.equal(v("$bag::[[1], [2]]"), v("$bag::[[2], [1]]"))).isTrue();
        assertThat(Equality.equal(v("$bag::[[1], [1]]"), v("$bag::[[1], [2]]"))).isFalse();
        assertThat(Equality.comparable(v("1").kind(), v("\"a\"").kind())).isFalse();
    }
}
