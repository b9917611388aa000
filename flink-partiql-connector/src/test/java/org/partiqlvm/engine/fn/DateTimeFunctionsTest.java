package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertCall;
import static org.partiqlvm.engine.fn.FnTesting.assertCallError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** extract_*, date_add_* and date_diff_*, with cases from extract.ion. */
class DateTimeFunctionsTest {

    @ParameterizedTest(name = "extract_{0}({1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    year | DATE 2000-01-02 | 2000
                    month | DATE 2000-01-02 | 1
                    day | DATE 2000-01-02 | 2
                    year | YM 3-4 | 3
                    month | YM 3-4 | 4
                    year | YM -3-4 | -3
                    month | YM -3-4 | -4
                    day | DT 3 04:05:06.789 | 3
                    hour | DT 3 04:05:06.789 | 4
                    minute | DT 3 04:05:06.789 | 5
                    second | DT 3 04:05:06.789 | 6.789
                    second | DT -0 00:00:06.5 | -6.5
                    hour | TIME 01:23:45.678 | 1
                    minute | TIME 01:23:45.678 | 23
                    second | TIME 01:23:45.678 | 45.678
                    second | TIME 01:23:45 | 45.
                    hour | TIME 01:23:45.678-06:30 | 1
                    timezone_hour | TIME 01:23:45.678-06:30 | -6
                    timezone_minute | TIME 01:23:45.678-06:30 | -30
                    year | 2000-01-02T03:04:05.67Z | 2000
                    hour | 2000-01-02T03:04:05.67+08:09 | 3
                    second | 2000-01-02T03:04:05.67+08:09 | 5.67
                    timezone_hour | 2000-01-02T03:04:05.67+08:09 | 8
                    timezone_minute | 2000-01-02T03:04:05.67-08:09 | -9
                    year | null | null
                    second | MISSING | MISSING
                    """)
    void extract(String field, String value, String expected) {
        assertCall(expected, "extract_" + field, value);
    }

    @Test
    void extractOfAFieldTheValueLacksIsATypeError() {
        assertCallError(
                "argument 1 must be DATE, TIMESTAMP or INTERVAL YEAR TO MONTH, found TIME",
                "extract_year",
                "TIME 01:23:45.678");
        assertCallError("found TIME", "extract_day", "TIME 01:23:45.678-06:30");
        assertCallError("found INTERVAL DAY TO SECOND", "extract_month", "DT 3 04:05:06");
        assertCallError("found INTERVAL YEAR TO MONTH", "extract_second", "YM 3-4");
        assertCallError("found DATE", "extract_hour", "DATE 2000-01-02");
        assertCallError(
                "WITH TIME ZONE, found TIMESTAMP",
                "extract_timezone_hour",
                "TS 2000-01-02 03:04:05");
        assertCallError("found STRING", "extract_year", "\"2000-01-02\"");
    }

    @ParameterizedTest(name = "date_add_{0}({1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    year | 1 | DATE 2024-02-29 | DATE 2025-02-28
                    month | 1 | DATE 2025-01-31 | DATE 2025-02-28
                    month | -13 | DATE 2025-01-15 | DATE 2023-12-15
                    day | 30 | DATE 2025-01-15 | DATE 2025-02-14
                    hour | 25 | DATE 2025-01-15 | TS 2025-01-16 01:00:00
                    minute | 90 | TS 2025-01-15 23:00:00+05:00 | TS 2025-01-16 00:30:00+05:00
                    second | -1 | TS 2025-01-01 00:00:00.5 | TS 2024-12-31 23:59:59.5
                    hour | 25 | TIME 23:30:00 | TIME 00:30:00
                    day | null | DATE 2025-01-15 | null
                    """)
    void dateAdd(String field, String amount, String value, String expected) {
        assertCall(expected, "date_add_" + field, amount, value);
    }

    @ParameterizedTest(name = "date_diff_{0}({1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    year | DATE 2020-03-01 | DATE 2025-02-28 | 4
                    month | DATE 2025-01-31 | DATE 2025-02-28 | 0
                    month | DATE 2025-01-15 | DATE 2025-03-15 | 2
                    day | DATE 2025-01-20 | DATE 2025-01-15 | -5
                    hour | DATE 2025-01-15 | TS 2025-01-15 12:30:00 | 12
                    hour | TS 2025-01-15 10:00:00+01:00 | TS 2025-01-15 10:00:00+00:00 | 1
                    minute | TIME 10:00:00 | TIME 10:59:59 | 59
                    second | TIME 10:00:00+01:00 | TIME 10:00:00 | 3600
                    day | MISSING | DATE 2025-01-15 | MISSING
                    """)
    void dateDiff(String field, String a, String b, String expected) {
        assertCall(expected, "date_diff_" + field, a, b);
    }

    @Test
    void dateAddAndDiffErrors() {
        assertCallError(
                "argument 2 must be DATE or TIMESTAMP, found TIME",
                "date_add_year",
                "1",
                "TIME 10:00:00");
        assertCallError(
                "argument 1 must be INT, found DECIMAL", "date_add_day", "1.5", "DATE 2025-01-15");
        assertCallError("out of range", "date_add_year", "9000", "DATE 2025-01-15");
        assertCallError("found TIME", "date_diff_day", "TIME 10:00:00", "TIME 11:00:00");
        assertCallError(
                "cannot take the difference of DATE and TIME",
                "date_diff_hour",
                "DATE 2025-01-15",
                "TIME 11:00:00");
    }
}
