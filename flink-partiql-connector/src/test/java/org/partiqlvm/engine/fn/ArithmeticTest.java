package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.fn.FnTesting.assertBinary;
import static org.partiqlvm.engine.fn.FnTesting.assertBinaryAlwaysFails;
import static org.partiqlvm.engine.fn.FnTesting.assertBinaryError;
import static org.partiqlvm.engine.fn.FnTesting.assertSame;
import static org.partiqlvm.engine.fn.FnTesting.run;
import static org.partiqlvm.engine.fn.FnTesting.slot;
import static org.partiqlvm.engine.fn.FnTesting.v;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

class ArithmeticTest {

    private static FnTesting.BinaryOp op(String symbol) {
        return switch (symbol) {
            case "+" -> Arithmetic::add;
            case "-" -> Arithmetic::subtract;
            case "*" -> Arithmetic::multiply;
            case "/" -> Arithmetic::divide;
            case "%" -> Arithmetic::modulo;
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    # INT, with long overflow promoted to an unbounded INT
                    1 | + | 1 | 2
                    9223372036854775807 | + | 1 | 9223372036854775808
                    -9223372036854775808 | - | 1 | -9223372036854775809
                    4567890123456789 | * | 4567890123456789 | 20865620179974079051998750190521
                    -9223372036854775808 | / | -1 | 9223372036854775808
                    9223372036854775808 | - | 1 | 9223372036854775807
                    1 | / | 2 | 0
                    -1 | / | 2 | 0
                    -7 | / | 2 | -3
                    10 | % | 3 | 1
                    -10 | % | 3 | -1
                    10 | % | -3 | 1
                    -9223372036854775808 | % | -1 | 0
                    # DECIMAL: 38 digits, exact quotients keep their scale
                    4.0000 | / | 3.0 | 1.3333333333333333333333333333333333333
                    1d100 | - | 1d-100 | 1.0000000000000000000000000000000000000d100
                    9223372036854775807.0 | + | 100.0 | 9223372036854775907.0
                    3. | / | 2 | 1.5
                    2.0 | / | 2 | 1.0
                    5. | % | 2 | 1.
                    1.5 | * | 2 | 3.0
                    # FLOAT, and FLOAT with DECIMAL giving DECIMAL
                    1 | + | 2e0 | 3e0
                    3e0 | / | 2 | 1.5e0
                    3e0 | % | 2 | 1e0
                    -1e0 | - | 3. | -4.
                    0.1e0 | + | 1.0 | 1.1
                    nan | + | 1.0 | nan
                    # unknowns: MISSING wins over NULL
                    1 | + | null | null
                    5 | + | MISSING | MISSING
                    null | * | MISSING | MISSING
                    null.int | - | 1 | null
                    """)
    void numbers(String a, String symbol, String b, String expected) {
        assertBinary(op(symbol), a, b, expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    DATE 2025-01-01 | + | YM 1-0 | DATE 2026-01-01
                    YM 0-1 | + | DATE 2025-01-31 | DATE 2025-02-28
                    DATE 2025-01-01 | + | DT 1 00:00:00 | DATE 2025-01-02
                    DATE 2025-01-01 | + | DT 0 01:00:00 | TS 2025-01-01 01:00:00
                    DATE 2025-01-01 | - | DT 1 00:00:00 | DATE 2024-12-31
                    TIME 01:01:01.1 | + | DT 1 00:00:00 | TIME 01:01:01.1
                    TIME 01:01:01.1 | + | DT 0 00:00:01.1 | TIME 01:01:02.2
                    TIME 01:01:01.1 | - | DT 1 01:25:14.2 | TIME 23:35:46.9
                    TIME 01:01:01.1-08:00 | + | DT 0 00:30:00 | TIME 01:31:01.1-08:00
                    TS 2025-01-01 01:01:01.1+05:00 | + | YM 1-0 | TS 2026-01-01 01:01:01.1+05:00
                    TS 2025-01-01 01:01:01.1 | - | DT 1 01:25:14.2 | TS 2024-12-30 23:35:46.9
                    YM 1-1 | + | YM 0-1 | YM 1-2
                    YM 1-0 | - | YM 1-1 | YM -0-1
                    DT 1 00:00:00 | - | DT 0 00:00:01.1 | DT 0 23:59:58.9
                    DATE 2025-01-15 | - | TS 2025-01-14 12:30:45 | DT 0 11:29:15
                    TS 2025-01-15 10:30:00+05:00 | - | TS 2025-01-15 10:30:00-03:00 | DT -0 08:00:00
                    TS 2025-01-15 12:30:45 | - | TS 2025-01-15 12:30:45+00:00 | DT 0 00:00:00
                    TIME 08:15:45+02:00 | - | TIME 08:15:45 | DT -0 02:00:00
                    TIME 12:45:30 | - | TIME 09:45:30-03:00 | DT 0 00:00:00
                    YM 3-0 | * | 2.1 | YM 6-3
                    2.25e-1 | * | YM 3-0 | YM 0-8
                    DT 2 00:00:00 | * | 2.1 | DT 4 04:48:00
                    DT 0 00:00:10.5 | * | 2.1 | DT 0 00:00:22.05
                    DT 2 00:00:00 | * | -20 | DT -40 00:00:00
                    YM 1-5 | / | 3 | YM 0-5
                    YM 3-0 | / | 2.25e-1 | YM 13-4
                    DT 2 00:00:00 | / | 2.25e-1 | DT 8 21:19:59.999999
                    DT 0 00:05:00 | / | 0.225 | DT 0 00:22:13.333333
                    DT 2 04:05:10.5 | / | -3 | DT -0 17:21:43.5
                    """)
    void datetimesAndIntervals(String a, String symbol, String b, String expected) {
        assertBinary(op(symbol), a, b, expected);
    }

    @Test
    void divisionByZeroIsADataError() {
        assertBinaryError(Arithmetic::divide, "1", "0", "division by zero");
        assertBinaryError(Arithmetic::modulo, "1", "0", "division by zero");
        assertBinaryError(Arithmetic::divide, "1.0", "0.00", "division by zero");
        assertBinaryError(Arithmetic::divide, "1e0", "0e0", "division by zero");
        assertBinaryError(Arithmetic::modulo, "9223372036854775808", "0", "division by zero");
    }

    @Test
    void typeMismatches() {
        assertBinaryError(Arithmetic::add, "1", "\"a\"", "argument 2 must be a number");
        // A known operand of a wrong type is an error even next to an unknown (mod.ion).
        assertBinaryError(Arithmetic::add, "null", "\"a\"", "found STRING");
        assertBinaryError(Arithmetic::modulo, "MISSING", "DATE 2020-01-01", "found DATE");
        assertBinaryError(
                Arithmetic::add, "DATE 2020-01-01", "DATE 2020-01-01", "cannot add DATE and DATE");
        assertBinaryError(Arithmetic::add, "TIME 01:01:01", "YM 1-0", "year-month interval");
        assertBinaryError(Arithmetic::subtract, "YM 1-0", "DATE 2020-01-01", "cannot subtract");
        assertBinaryError(Arithmetic::add, "YM 1-0", "DT 1 00:00:00", "intervals");
        assertBinaryError(Arithmetic::divide, "2", "YM 1-0", "cannot divide");
        assertBinaryError(Arithmetic::multiply, "[1]", "2", "found LIST");
    }

    @Test
    void intervalOverflowAndDivisionByZeroFailInBothModes() {
        assertBinaryAlwaysFails(Arithmetic::multiply, "YM 3-0", "50", "interval overflow");
        assertBinaryAlwaysFails(Arithmetic::multiply, "DT 2 00:00:00", "50", "interval overflow");
        assertBinaryAlwaysFails(Arithmetic::divide, "YM 3-0", "0.03", "interval overflow");
        assertBinaryAlwaysFails(Arithmetic::divide, "YM 3-0", "0", "division by zero");
        assertBinaryAlwaysFails(Arithmetic::divide, "DT 0 00:00:10.5", "0", "division by zero");
        // An operand with a 3-digit leading field allows 3-digit results.
        assertBinary(Arithmetic::add, "YM 100-0", "YM 1-0", "YM 101-0");
    }

    @Test
    void datetimeOutOfRangeIsADataError() {
        assertBinaryError(Arithmetic::add, "DATE 9999-12-31", "DT 1 00:00:00", "out of range");
        assertBinaryError(Arithmetic::subtract, "TS 0001-01-01 00:00:00", "YM 0-1", "out of range");
    }

    @ParameterizedTest(name = "-{0} = {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    1 | -1
                    -9223372036854775808 | 9223372036854775808
                    2.50 | -2.50
                    2e0 | -2e0
                    YM 1-2 | YM -1-2
                    DT 1 00:00:00.5 | DT -1 00:00:00.5
                    null | null
                    MISSING | MISSING
                    """)
    void negate(String a, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), run(Arithmetic::negate, a, mode), a);
        }
    }

    @Test
    void unaryPlusKeepsNumbersAndRejectsOthers() {
        assertSame(v("2.0"), run(Arithmetic::plus, "2.0", EvalMode.ERROR), "+2.0");
        assertSame(Value.MISSING, run(Arithmetic::plus, "\"a\"", EvalMode.COERCE), "+'a'");
        assertSame(Value.MISSING, run(Arithmetic::negate, "true", EvalMode.COERCE), "-true");
    }

    @Test
    void theResultSlotMayBeAnOperand() {
        Slot a = slot("40");
        Slot b = slot("2");
        Arithmetic.add(a, b, a, FnTesting.site("+", EvalMode.ERROR));
        assertThat(a.getLong()).isEqualTo(42);
        Slot d = slot("1.5");
        Arithmetic.multiply(b, d, d, FnTesting.site("*", EvalMode.ERROR));
        assertSame(v("3.0"), d.toValue(), "2 * 1.5 in place");
    }

    @Test
    void longFastPathStoresUnboxedLongs() {
        Slot out = new Slot();
        Arithmetic.multiply(slot("6"), slot("7"), out, FnTesting.site("*", EvalMode.ERROR));
        assertThat(out.isLong()).isTrue();
        assertThat(out.getLong()).isEqualTo(42);
    }
}
