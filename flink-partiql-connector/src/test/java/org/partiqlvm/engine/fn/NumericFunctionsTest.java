package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertCall;
import static org.partiqlvm.engine.fn.FnTesting.assertCallError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric functions, with cases from abs.ion and mod.ion. */
class NumericFunctionsTest {

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    abs | -1 | 1
                    abs | -1.9999999999999999999900 | 1.9999999999999999999900
                    abs | -0.0000 | 0.0000
                    abs | -9223372036854775808 | 9223372036854775808
                    abs | -inf | +inf
                    abs | nan | nan
                    abs | -1e0 | 1e0
                    abs | YM -1-6 | YM 1-6
                    abs | DT -1 02:30:45.567 | DT 1 02:30:45.567
                    abs | DT 0 00:00:00 | DT 0 00:00:00
                    abs | null | null
                    abs | MISSING | MISSING
                    ceil | 1.2 | 2.
                    ceiling | -1.2 | -1.
                    ceil | 7 | 7
                    ceil | 1.5e0 | 2e0
                    floor | -1.2 | -2.
                    floor | 1.8e0 | 1e0
                    round | 2.5 | 3.
                    round | -2.5 | -3.
                    round | 2.5e0 | 3e0
                    round | 7 | 7
                    trunc | -2.7 | -2.
                    sign | -5 | -1
                    sign | 0.0 | 0.
                    sign | 2e0 | 1e0
                    sqrt | 4 | 2e0
                    sqrt | 2.25 | 1.5e0
                    exp | 0 | 1e0
                    ln | 1 | 0e0
                    log10 | 1000 | 3e0
                    sqrt | nan | nan
                    """)
    void oneArgument(String function, String arg, String expected) {
        assertCall(expected, function, arg);
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    mod | 1 | 1 | 0
                    mod | 17 | 1 | 0
                    mod | -17 | 4 | -1
                    mod | 17 | -4 | 1
                    mod | 10 | 3 | 1
                    mod | 10.5 | 3 | 1.5
                    mod | 10.5e0 | 3 | 1.5e0
                    mod | MISSING | 3 | MISSING
                    mod | null | 3 | null
                    mod | MISSING | null | MISSING
                    mod | null | MISSING | MISSING
                    round | 1234.5678 | 2 | 1234.57
                    round | 1234.5678 | -2 | 1200.
                    round | 1250 | -2 | 1300
                    round | 1234.5678e0 | 1 | 1234.6e0
                    trunc | 1234.5678 | 2 | 1234.56
                    trunc | -1299 | -2 | -1200
                    power | 2 | 10 | 1024e0
                    pow | 4 | 0.5 | 2e0
                    power | 2 | null | null
                    """)
    void twoArguments(String function, String a, String b, String expected) {
        assertCall(expected, function, a, b);
    }

    @Test
    void typeErrorsBeatUnknowns() {
        // mod.ion: MOD(NULL, 'some string') fails in strict mode.
        assertCallError(
                "argument 2 must be a number, found STRING", "mod", "null", "\"some string\"");
        assertCallError(
                "argument 1 must be a number, found STRING", "mod", "\"some string\"", "MISSING");
        assertCallError("argument 1 must be a number or interval, found STRING", "abs", "\"foo\"");
        assertCallError("found DATE", "ceil", "DATE 2020-01-01");
        assertCallError("argument 2 must be INT, found DECIMAL", "round", "1.5", "1.0");
    }

    @Test
    void domainErrorsAreDataErrors() {
        assertCallError("division by zero", "mod", "5", "0");
        assertCallError("square root of a negative number", "sqrt", "-1");
        assertCallError("logarithm", "ln", "0");
        assertCallError("logarithm", "log10", "-2.5");
        assertCallError("is not a real number", "power", "-8", "0.5");
        assertCallError("is not a real number", "power", "0", "-1");
    }
}
