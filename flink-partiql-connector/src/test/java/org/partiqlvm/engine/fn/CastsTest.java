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
import org.partiqlvm.plan.TypeNamesTest;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/** CAST, CAN_CAST and CAN_LOSSLESS_CAST, with the cases of cast.ion. */
class CastsTest {

    /**
     * The target written as {@code TYPE p s} (see {@link TypeNamesTest#resolve}) or an interval.
     */
    private static CastTarget target(String spec) {
        return switch (spec) {
            case "INTERVAL_YEAR" -> CastTarget.interval(IntervalField.YEAR, -1, null, -1);
            case "INTERVAL_YEAR_3" -> CastTarget.interval(IntervalField.YEAR, 3, null, -1);
            case "INTERVAL_YEAR_TO_MONTH" ->
                    CastTarget.interval(IntervalField.YEAR, -1, IntervalField.MONTH, -1);
            case "INTERVAL_DAY" -> CastTarget.interval(IntervalField.DAY, -1, null, -1);
            case "INTERVAL_DAY_5" -> CastTarget.interval(IntervalField.DAY, 5, null, -1);
            case "INTERVAL_DAY_TO_HOUR" ->
                    CastTarget.interval(IntervalField.DAY, -1, IntervalField.HOUR, -1);
            case "INTERVAL_HOUR" -> CastTarget.interval(IntervalField.HOUR, -1, null, -1);
            case "INTERVAL_SECOND_3_3" -> CastTarget.interval(IntervalField.SECOND, 3, null, 3);
            default -> TypeNamesTest.resolve(spec);
        };
    }

    private static Value cast(String value, String type, EvalMode mode) {
        Slot out = new Slot();
        Casts.cast(slot(value), target(type), out, site("CAST", mode));
        return out.toValue();
    }

    @ParameterizedTest(name = "CAST({0} AS {1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    true | INT | 1
                    false | INT | 0
                    -1 | INT | -1
                    9223372036854775807 | BIGINT | 9223372036854775807
                    9223372036854775807.0 | BIGINT | 9223372036854775807
                    -9223372036854775808e0 | BIGINT | -9223372036854775808
                    1.5 | INT | 2
                    2.5 | INT | 2
                    -1.9e0 | INT | -1
                    "1" | INT | 1
                    "01" | INT | 1
                    "+01" | INT | 1
                    "-00" | INT | 0
                    "0b10" | INT | 2
                    "-0b010" | INT | -2
                    "0XA" | INT | 10
                    "-0x0A" | INT | -10
                    " 100 " | INT | 100
                    "1.5" | INT | 2
                    "2e1" | INT | 20
                    "32767" | SMALLINT | 32767
                    1 | BOOL | true
                    0.0 | BOOL | false
                    "TRUE" | BOOL | true
                    " false " | BOOL | false
                    1 | DECIMAL | 1.
                    "1.50" | DECIMAL | 1.50
                    123.456 | DECIMAL 5 2 | 123.46
                    0.005 | DECIMAL 2 2 | 0.01
                    1.5e0 | DECIMAL | 1.5
                    1 | FLOAT | 1e0
                    "1.5" | DOUBLE_PRECISION | 1.5e0
                    0.1 | REAL | 0.10000000149011612e0
                    "nan" | FLOAT | nan
                    1 | STRING | "1"
                    1.50 | STRING | "1.50"
                    1.5e0 | STRING | "1.5"
                    true | VARCHAR | "true"
                    sym | STRING | "sym"
                    "abc" | SYMBOL | abc
                    "abcdef" | VARCHAR 3 | "abc"
                    "😁😞😸" | VARCHAR 2 | "😁😞"
                    "ab" | CHAR 4 | "ab  "
                    "abcdef" | CHAR 2 | "ab"
                    DATE 2023-05-15 | STRING | "2023-05-15"
                    TIME 10:30:00.5+05:00 | STRING | "10:30:00.5+05:00"
                    TS 2023-05-15 10:30:00 | STRING | "2023-05-15T10:30:00"
                    {{"abc"}} | STRING | "abc"
                    "abc" | CLOB | {{"abc"}}
                    "2023-05-15" | DATE | DATE 2023-05-15
                    TS 2023-05-15 10:30:00+05:00 | DATE | DATE 2023-05-15
                    "10:30:00.123" | TIME | TIME 10:30:00.123
                    TIME 10:30:00.123456 | TIME 3 | TIME 10:30:00.123
                    TIME 10:30:00 | TIME TZ | TIME 10:30:00+00:00
                    TIME 10:30:00+05:00 | TIME | TIME 10:30:00
                    TS 2023-05-15 10:30:00.5+05:00 | TIME TZ | TIME 10:30:00.5+05:00
                    DATE 2023-05-15 | TIMESTAMP | TS 2023-05-15 00:00:00
                    "2023-05-15 10:30:00+01:00" | TIMESTAMP TZ | TS 2023-05-15 10:30:00+01:00
                    "2023-05-15T10:30:00Z" | TIMESTAMP | TS 2023-05-15 10:30:00
                    TS 2023-05-15 10:30:00 | TIMESTAMP TZ | TS 2023-05-15 10:30:00+00:00
                    YM 1-0 | INTERVAL_YEAR_3 | YM 1-0
                    YM 1-1 | INTERVAL_YEAR_TO_MONTH | YM 1-1
                    YM 1-11 | INTERVAL_YEAR | YM 1-0
                    DT 1 00:00:00 | INTERVAL_DAY_5 | DT 1 00:00:00
                    DT 1 01:00:00 | INTERVAL_DAY_TO_HOUR | DT 1 01:00:00
                    DT 0 00:00:01.123456789 | INTERVAL_SECOND_3_3 | DT 0 00:00:01.123
                    5 | INTERVAL_DAY | DT 5 00:00:00
                    -1.5 | INTERVAL_HOUR | DT -0 01:00:00
                    "+2" | INTERVAL_YEAR | YM 2-0
                    "-4" | INTERVAL_DAY | DT -4 00:00:00
                    [1, 2] | BAG | $bag::[1, 2]
                    $bag::[1] | LIST | [1]
                    [1] | SEXP | (1)
                    {a: 1} | STRUCT | {a: 1}
                    {a: 1} | ANY | {a: 1}
                    null | INT | null
                    MISSING | STRING | MISSING
                    """)
    void casts(String value, String type, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), cast(value, type, mode), "CAST(" + value + " AS " + type + ")");
        }
    }

    @ParameterizedTest(name = "CAST({0} AS {1}) fails: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    "hello" | INT | cannot cast 'hello' to INT
                    "123456A" | INT | cannot cast
                    "00xA" | INT | cannot cast
                    "00b10" | INT | cannot cast
                    "2e10" | INT | out of range for INT
                    "" | INT | cannot cast
                    40000 | SMALLINT | 40000 is out of range for SMALLINT
                    2147483648 | INT | out of range
                    9223372036854775808 | BIGINT | out of range
                    nan | INT | out of range
                    [1, 2] | INT | cannot cast LIST to INT
                    {a: 1} | INT | cannot cast STRUCT to INT
                    $bag::[] | INT | cannot cast BAG to INT
                    (1) | INT | cannot cast SEXP to INT
                    {{"1"}} | INT | cannot cast CLOB to INT
                    {{}} | INT | cannot cast BLOB to INT
                    2017T | INT | cannot cast TIMESTAMP to INT
                    "maybe" | BOOL | cannot cast 'maybe' to BOOL
                    1234.5 | DECIMAL 3 1 | does not fit DECIMAL(3,1)
                    +inf | DECIMAL | cannot be a DECIMAL
                    1e300 | REAL | out of range for REAL
                    [1] | STRING | cannot cast LIST to STRING
                    1 | DATE | cannot cast INT to DATE
                    "2023-13-01" | DATE | cannot cast
                    "25:00:00" | TIME | cannot cast
                    DATE 2023-05-15 | TIME | cannot cast DATE to TIME
                    YM 100-0 | INTERVAL_YEAR | overflows INTERVAL YEAR
                    DT 100 00:00:00 | INTERVAL_DAY | overflows
                    YM 1-0 | INTERVAL_DAY | cannot cast INTERVAL YEAR TO MONTH
                    1.5 | INTERVAL_YEAR | cannot be an INTERVAL YEAR
                    "1 24" | INTERVAL_DAY_TO_HOUR | cannot cast
                    1 | BAG | cannot cast INT to BAG
                    [1] | STRUCT | cannot cast LIST to STRUCT
                    "a" | BLOB | cannot cast STRING to BLOB
                    """)
    void failures(String value, String type, String message) {
        assertSame(
                Value.MISSING,
                cast(value, type, EvalMode.COERCE),
                "CAST(" + value + " AS " + type + ")");
        assertThatThrownBy(() -> cast(value, type, EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void castingToNullOrMissingFailsInBothModes() {
        for (EvalMode mode : EvalMode.values()) {
            for (String type : new String[] {"NULL", "MISSING"}) {
                for (String value : new String[] {"null", "MISSING", "1"}) {
                    assertThatThrownBy(() -> cast(value, type, mode))
                            .isInstanceOf(EvaluationException.class)
                            .hasMessageContaining("cannot cast to " + type);
                }
            }
        }
    }

    @ParameterizedTest(name = "CAN_CAST({0} AS {1}) = {2}, CAN_LOSSLESS_CAST = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    1 | INT | true | true
                    1.5 | INT | true | false
                    1.0 | INT | true | true
                    "hello" | INT | false | false
                    "12" | INT | true | true
                    "012" | INT | true | false
                    40000 | SMALLINT | false | false
                    "abcdef" | VARCHAR 3 | true | false
                    "abc" | VARCHAR 3 | true | true
                    5 | REAL | true | true
                    9007199254740993 | REAL | true | false
                    [1] | BAG | true | true
                    [1, 2] | BAG | true | false
                    $bag::[1, 2] | LIST | true | true
                    [1] | STRING | false | false
                    null | INT | true | true
                    MISSING | INT | true | true
                    null | NULL | true | true
                    1 | NULL | false | false
                    MISSING | MISSING | true | true
                    TS 2023-05-15 10:30:00 | DATE | true | false
                    """)
    void canCast(String value, String type, boolean can, boolean lossless) {
        Slot out = new Slot();
        Casts.canCast(slot(value), target(type), out);
        assertThat(out.getBool()).as("CAN_CAST").isEqualTo(can);
        Casts.canLosslessCast(slot(value), target(type), out);
        assertThat(out.getBool()).as("CAN_LOSSLESS_CAST").isEqualTo(lossless);
    }

    @Test
    void theResultSlotMayBeTheOperand() {
        Slot s = slot("\"42\"");
        Casts.cast(s, target("INT"), s, site("CAST", EvalMode.ERROR));
        assertThat(s.getLong()).isEqualTo(42);
        Slot t = slot("\"012\"");
        Casts.canLosslessCast(t, target("INT"), t);
        assertThat(t.getBool()).isFalse();
    }

    @Test
    void numberText() {
        assertThat(NumberText.parse("1_000")).isNull();
        assertThat(NumberText.parse("0x")).isNull();
        assertThat(NumberText.parse("1e")).isNull();
        assertThat(NumberText.parse("-")).isNull();
        assertThat(NumberText.parse(".5")).isNull();
        assertSame(v("5."), NumberText.parse("5."), "5.");
        assertSame(v("150."), NumberText.parse("1.5d2"), "1.5d2");
        assertSame(v("-2.5e-3"), NumberText.parse("-2.5E-3"), "-2.5E-3");
        assertSame(v("+inf"), NumberText.parse("+inf"), "+inf");
        assertSame(v("18446744073709551616"), NumberText.parse("0x10000000000000000"), "hex");
    }
}
