package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertBinary;
import static org.partiqlvm.engine.fn.FnTesting.assertBinaryError;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OVERLAPS, with the cases of overlaps.ion. */
class OverlapsTest {

    private static String period(String a, String b) {
        return "[" + a + ", " + b + "]";
    }

    private static String date(String d) {
        return "$date::" + d;
    }

    @ParameterizedTest(name = "[{0}, {1}] OVERLAPS [{2}, {3}] is {4}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    2023-01-01 | 2023-01-31 | 2023-01-01 | 2023-01-31 | true
                    2023-01-15 | 2023-02-15 | 2023-01-01 | 2023-01-31 | true
                    2023-01-01 | 2023-01-31 | 2023-02-01 | 2023-02-28 | false
                    2023-01-01 | 2023-01-31 | 2023-01-31 | 2023-02-28 | false
                    2023-01-31 | 2023-01-01 | 2023-01-15 | 2023-02-15 | true
                    2023-01-15 | 2023-01-15 | 2023-01-15 | 2023-01-15 | true
                    2023-01-15 | 2023-01-15 | 2023-01-16 | 2023-01-16 | false
                    2023-01-31 | 2023-01-01 | 2023-02-28 | 2023-02-01 | false
                    2023-01-01 | 2023-01-15 | 2023-01-01 | 2023-01-31 | true
                    null | 2023-01-15 | 2023-01-01 | 2023-01-31 | true
                    null | 2023-01-01 | 2023-01-15 | 2023-01-31 | null
                    2023-01-01 | 2023-01-15 | MISSING | 2023-01-31 | null
                    MISSING | 2023-01-15 | 2023-01-01 | 2023-01-31 | true
                    null | null | 2023-01-01 | 2023-01-31 | null
                    """)
    void datePeriods(String s1, String e1, String s2, String e2, String expected) {
        assertBinary(
                Overlaps::overlaps,
                period(field(s1), field(e1)),
                period(field(s2), field(e2)),
                expected);
    }

    private static String field(String s) {
        return s.equals("null") ? "null" : s.equals("MISSING") ? "$missing::null" : date(s);
    }

    @ParameterizedTest(name = "{0} OVERLAPS {1} is {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    [$date::2023-01-01, $interval_dt::{days: 30}] | [$date::2023-01-15, $date::2023-02-15] | true
                    [$date::2023-01-01, $interval_dt::{days: 14}] | [$date::2023-01-15, $date::2023-01-31] | false
                    [$date::2023-01-31, $interval_dt::{sign: "-", days: 30}] | [$date::2023-01-15, $date::2023-02-15] | true
                    [$date::2023-01-15, $interval_dt::{days: 0}] | [$date::2023-01-15, $date::2023-01-20] | true
                    [$date::2023-01-01, $interval_ym::{years: 1}] | [$date::2023-06-01, $date::2024-06-01] | true
                    $bag::[$date::2023-01-01, $date::2023-01-31] | [$date::2023-01-01, $date::2023-01-31] | true
                    null | [$date::2023-01-01, $date::2023-01-31] | null
                    null | $missing::null | MISSING
                    [$date::2023-01-01, $date::2023-01-31] | $missing::null | MISSING
                    """)
    void periodsWithIntervalsAndUnknowns(String a, String b, String expected) {
        assertBinary(Overlaps::overlaps, a, b, expected);
    }

    @ParameterizedTest(name = "{0} OVERLAPS {1} fails: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    [$date::2023-01-01] | [$date::2023-01-01, $date::2023-01-31] | a period of two elements, found a LIST of 1
                    [] | [] | a period of two elements
                    "not a datetime" | [$date::2023-01-01, $date::2023-01-31] | found STRING
                    [$date::2023-01-01, $date::2023-01-31] | 42 | found INT
                    {start: $date::2023-01-01, end: $date::2023-01-31} | [$date::2023-01-01, $date::2023-01-31] | found STRUCT
                    [42, $date::2023-01-31] | [$date::2023-01-01, $date::2023-01-31] | must start with a datetime, found INT
                    [$date::2023-01-01, 3.14] | [$date::2023-01-01, $date::2023-01-31] | must end with a datetime or interval, found DECIMAL
                    [null, 1] | [$date::2023-06-01, $date::2023-08-01] | found INT
                    [$date::2023-01-01, [1, 2, 3]] | [$date::2023-01-01, $date::2023-01-31] | found LIST
                    """)
    void malformedPeriods(String a, String b, String message) {
        assertBinaryError(Overlaps::overlaps, a, b, message);
    }
}
