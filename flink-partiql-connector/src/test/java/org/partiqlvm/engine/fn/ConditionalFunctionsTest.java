package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertCall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** coalesce and nullif, from coalesce.ion and nullif.ion. */
class ConditionalFunctionsTest {

    @ParameterizedTest(name = "coalesce({0}) = {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    1 | 1
                    null, 2 | 2
                    MISSING, 3 | 3
                    null, MISSING, null, null, MISSING, 9, 4 | 9
                    null, MISSING | null
                    MISSING | null
                    [], 1 | []
                    """)
    void coalesce(String args, String expected) {
        assertCall(expected, "coalesce", args.split(","));
    }

    @ParameterizedTest(name = "nullif({0}, {1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    1 | 1 | null
                    1.0 | 1 | null
                    1 | 2 | 1
                    2 | "2" | 2
                    {} | {} | null
                    [] | [] | null
                    {} | [] | {}
                    1 | null | 1
                    null | 1 | null
                    null | null | null
                    1 | MISSING | 1
                    MISSING | 1 | MISSING
                    MISSING | MISSING | MISSING
                    """)
    void nullif(String a, String b, String expected) {
        assertCall(expected, "nullif", a, b);
    }
}
