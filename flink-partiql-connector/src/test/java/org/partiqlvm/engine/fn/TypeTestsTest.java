package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.fn.FnTesting.slot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.plan.TypeNamesTest;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.Slot;

/** The IS predicate (is-operators.ion, null.ion). */
class TypeTestsTest {

    @ParameterizedTest(name = "{0} IS {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    null | NULL | true
                    MISSING | NULL | true
                    null.int | NULL | true
                    null | MISSING | false
                    MISSING | MISSING | true
                    1 | NULL | false
                    null | INT | false
                    1 | ANY | true
                    null | ANY | true
                    MISSING | ANY | false
                    true | BOOL | true
                    1 | BOOL | false
                    9223372036854775808 | INT | true
                    1 | BIGINT | true
                    9223372036854775808 | BIGINT | false
                    40000 | SMALLINT | false
                    -32768 | SMALLINT | true
                    1.0 | DECIMAL | true
                    1 | DECIMAL | false
                    0.001 | DECIMAL 3 3 | true
                    1.0000 | DECIMAL 5 3 | false
                    123.456 | DECIMAL 2 2 | false
                    123.456 | DECIMAL 5 3 | false
                    123.456 | DECIMAL 6 2 | false
                    123.456 | DECIMAL 6 4 | false
                    123.456 | DECIMAL 6 3 | true
                    0.00 | DECIMAL 4 3 | true
                    1e0 | FLOAT | true
                    1e0 | REAL | true
                    "a" | STRING | true
                    a | STRING | false
                    a | SYMBOL | true
                    "abc" | VARCHAR 3 | true
                    "abcd" | VARCHAR 3 | false
                    "😁😁" | CHAR 2 | true
                    "a" | CHAR 2 | false
                    {{}} | BLOB | true
                    {{"a"}} | CLOB | true
                    DATE 2020-01-01 | DATE | true
                    TIME 10:00:00 | TIME | true
                    TIME 10:00:00 | TIME TZ | false
                    TIME 10:00:00+01:00 | TIME TZ | true
                    TIME 10:00:00.123 | TIME 2 | false
                    TS 2020-01-01 10:00:00+01:00 | TIMESTAMP TZ | true
                    TS 2020-01-01 10:00:00 | TIMESTAMP | true
                    [] | LIST | true
                    [] | BAG | false
                    $bag::[] | BAG | true
                    () | SEXP | true
                    {} | STRUCT | true
                    {} | TUPLE | true
                    """)
    void isType(String value, String type, boolean expected) {
        CastTarget t = TypeNamesTest.resolve(type);
        assertThat(TypeTests.isType(slot(value), t)).isEqualTo(expected);
        Slot out = new Slot();
        TypeTests.isType(slot(value), t, true, out);
        assertThat(out.getBool()).isEqualTo(!expected);
    }

    @Test
    void intervals() {
        CastTarget ym = CastTarget.interval(IntervalField.YEAR, -1, null, -1);
        assertThat(TypeTests.isType(slot("YM 1-0"), ym)).isTrue();
        assertThat(TypeTests.isType(slot("DT 1 00:00:00"), ym)).isFalse();
    }
}
