package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.FnTesting.assertSame;
import static org.partiqlvm.engine.fn.FnTesting.v;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.IntervalText;
import org.partiqlvm.value.Value;

/**
 * The one interval grammar ({@link IntervalText}, value layer) as casts use it, with the cases of
 * interval.ion.
 */
class IntervalTextTest {

    /** INTERVAL text read for a qualifier written {@code START LEAD END|- FRACTION}. */
    private static Value parse(String text, String spec) {
        String[] p = spec.split(" ");
        return IntervalText.parse(
                text,
                IntervalField.valueOf(p[0]),
                p[2].equals("-") ? null : IntervalField.valueOf(p[2]),
                Integer.parseInt(p[1]),
                Integer.parseInt(p[3]));
    }

    @ParameterizedTest(name = "INTERVAL ''{0}'' {1} = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    10 | YEAR -1 - -1 | YM 10-0
                    -3 | YEAR -1 - -1 | YM -3-0
                    +8 | MONTH -1 - -1 | YM 0-8
                    999 | MONTH 3 - -1 | YM 83-3
                    -1203 | MONTH 4 - -1 | YM -100-3
                    +2-6 | YEAR -1 MONTH -1 | YM 2-6
                    -1-11 | YEAR -1 MONTH -1 | YM -1-11
                    +7 | DAY -1 - -1 | DT 7 00:00:00
                    0.5 | SECOND -1 - -1 | DT 0 00:00:00.5
                    2.123456789 | SECOND -1 - -1 | DT 0 00:00:02.123456
                    -3.750 | SECOND -1 - -1 | DT -0 00:00:03.75
                    5 12 | DAY -1 HOUR -1 | DT 5 12:00:00
                    3 8:45 | DAY -1 MINUTE -1 | DT 3 08:45:00
                    1 1:1:1.1 | DAY -1 SECOND -1 | DT 1 01:01:01.1
                    -10:15:30.456789 | HOUR -1 SECOND -1 | DT -0 10:15:30.456789
                    999 | HOUR 3 - -1 | DT 41 15:00:00
                    999999.123456 | SECOND 6 - 6 | DT 11 13:46:39.123456
                    -999:59.123456789 | MINUTE 3 SECOND 9 | DT -0 16:39:59.123456789
                    1.123456789 | SECOND 2 - 3 | DT 0 00:00:01.123
                    """)
    void reads(String text, String qualifier, String expected) {
        assertSame(v(expected), parse(text, qualifier), text);
    }

    @ParameterizedTest(name = "INTERVAL ''{0}'' {1} is invalid")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    100-11 | YEAR -1 MONTH -1
                    100 | MONTH -1 - -1
                    100 | DAY -1 - -1
                    100.123 | SECOND -1 - -1
                    1.1234567899 | SECOND -1 - -1
                    1 24 | DAY -1 HOUR -1
                    1 23:60 | DAY -1 MINUTE -1
                    100:59 | HOUR -1 MINUTE -1
                    1-12 | YEAR -1 MONTH -1
                    1:2 | DAY -1 HOUR -1
                    x | YEAR -1 - -1
                    1 | YEAR -1 MONTH -1
                    """)
    void rejects(String text, String qualifier) {
        assertThat(parse(text, qualifier)).isNull();
        // The planner's form runs the same grammar and says why.
        String[] p = qualifier.split(" ");
        assertThatThrownBy(
                        () ->
                                IntervalText.parseOrExplain(
                                        text,
                                        IntervalField.valueOf(p[0]),
                                        p[2].equals("-") ? null : IntervalField.valueOf(p[2]),
                                        Integer.parseInt(p[1]),
                                        Integer.parseInt(p[3])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }
}
