package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.FnTesting.assertBinary;
import static org.partiqlvm.engine.fn.FnTesting.assertBinaryError;
import static org.partiqlvm.engine.fn.FnTesting.assertSame;
import static org.partiqlvm.engine.fn.FnTesting.run;
import static org.partiqlvm.engine.fn.FnTesting.site;
import static org.partiqlvm.engine.fn.FnTesting.slot;
import static org.partiqlvm.engine.fn.FnTesting.v;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Slot;

/** The truth tables of logical.ion: MISSING acts as NULL and results are never MISSING. */
class LogicalTest {

    @ParameterizedTest(name = "{0} AND {1} = {2}, OR = {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    true    | true    | true  | true
                    true    | false   | false | true
                    true    | null    | null  | true
                    true    | MISSING | null  | true
                    false   | true    | false | true
                    false   | false   | false | false
                    false   | null    | false | null
                    false   | MISSING | false | null
                    null    | true    | null  | true
                    null    | false   | false | null
                    null    | null    | null  | null
                    null    | MISSING | null  | null
                    MISSING | true    | null  | true
                    MISSING | false   | false | null
                    MISSING | null    | null  | null
                    MISSING | MISSING | null  | null
                    """)
    void andOr(String a, String b, String and, String or) {
        assertBinary(Logical::and, a, b, and);
        assertBinary(Logical::or, a, b, or);
    }

    @ParameterizedTest(name = "NOT {0} = {1}")
    @CsvSource({"true, false", "false, true", "null, null", "MISSING, null", "null.bool, null"})
    void not(String a, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), run(Logical::not, a, mode), "NOT " + a);
        }
    }

    @Test
    void nonBooleanOperandsAreTypeErrors() {
        assertSame(v("MISSING"), run(Logical::not, "{a: 1}", EvalMode.COERCE), "NOT {a: 1}");
        assertThatThrownBy(() -> run(Logical::not, "{a: 1}", EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("argument 1 must be BOOL, found STRUCT");
        // Checked on both sides even when the other decides the result.
        assertBinaryError(Logical::and, "false", "5", "argument 2 must be BOOL, found INT");
        assertBinaryError(Logical::or, "1", "true", "argument 1 must be BOOL, found INT");
    }

    @Test
    void conditionsAcceptOnlyTrue() {
        CallSite lax = site("WHERE", EvalMode.COERCE);
        assertThat(Logical.isTrue(slot("true"), lax)).isTrue();
        assertThat(Logical.isTrue(slot("false"), lax)).isFalse();
        assertThat(Logical.isTrue(slot("null"), lax)).isFalse();
        assertThat(Logical.isTrue(slot("MISSING"), lax)).isFalse();
        assertThat(Logical.isTrue(slot("5"), lax)).isFalse();
        assertThatThrownBy(() -> Logical.isTrue(slot("5"), site("WHERE", EvalMode.ERROR)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("must be BOOL, found INT");
    }

    @Test
    void resultMayOverwriteAnOperand() {
        Slot a = slot("true");
        Logical.and(a, slot("null"), a, site("AND", EvalMode.ERROR));
        assertThat(a.isNull()).isTrue();
    }
}
