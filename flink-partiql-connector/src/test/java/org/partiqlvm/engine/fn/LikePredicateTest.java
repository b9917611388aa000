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
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/** The LIKE operator's treatment of unknowns, types and run-time patterns (like.ion). */
class LikePredicateTest {

    private static Value like(String value, String pattern, String escape, EvalMode mode) {
        Slot out = new Slot();
        LikePredicate.like(
                slot(value),
                slot(pattern),
                escape == null ? null : slot(escape),
                out,
                site("LIKE", mode),
                null);
        return out.toValue();
    }

    @ParameterizedTest(name = "{0} LIKE {1} ESCAPE {2} is {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            nullValues = "NONE",
            textBlock =
                    """
                    "abc%" | "abc/%" | "/" | true
                    "abcd" | "abc" | "/" | false
                    a | "a" | NONE | true
                    null | "some pattern" | NONE | null
                    "some value" | null | NONE | null
                    "some value" | "some pattern" | null | null
                    MISSING | "some pattern" | NONE | MISSING
                    "some value" | MISSING | "/" | MISSING
                    "some value" | "x" | MISSING | MISSING
                    null | MISSING | NONE | MISSING
                    MISSING | null | NONE | MISSING
                    null | "x" | MISSING | MISSING
                    """)
    void unknownsAndValues(String value, String pattern, String escape, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), like(value, pattern, escape, mode), value + " LIKE " + pattern);
        }
    }

    @Test
    void nonTextOperandsAreTypeErrors() {
        assertThat(like("123", "\"x\"", "\"/\"", EvalMode.COERCE).isMissing()).isTrue();
        assertThatThrownBy(() -> like("123", "\"x\"", "\"/\"", EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("argument 1 must be STRING or SYMBOL, found INT");
        assertThatThrownBy(() -> like("\"x\"", "\"/\"", "123", EvalMode.ERROR))
                .hasMessageContaining("argument 3");
        // Type errors beat unknowns.
        assertThatThrownBy(() -> like("null", "123", null, EvalMode.ERROR))
                .hasMessageContaining("argument 2");
    }

    @Test
    void aLongEscapeFailsInBothModes() {
        for (EvalMode mode : EvalMode.values()) {
            assertThatThrownBy(() -> like("\"a\"", "\"a\"", "\"aa\"", mode))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("exactly one character");
        }
    }

    @Test
    void anInvalidEscapeSequenceIsADataError() {
        assertThat(like("\"a\"", "\"a[\"", "\"[\"", EvalMode.COERCE).isMissing()).isTrue();
        assertThatThrownBy(() -> like("\"a\"", "\"a[\"", "\"[\"", EvalMode.ERROR))
                .hasMessageContaining("ends with the escape");
    }

    @Test
    void constantPatternsAndTheCache() {
        LikeMatcher m = LikeMatcher.compile("S_", null);
        Slot out = new Slot();
        LikePredicate.like(slot("\"S1\""), m, out, site("LIKE", EvalMode.ERROR));
        assertThat(out.getBool()).isTrue();
        LikePredicate.like(slot("null"), m, out, site("LIKE", EvalMode.ERROR));
        assertThat(out.isNull()).isTrue();
        LikePredicate.like(slot("1"), m, out, site("LIKE", EvalMode.COERCE));
        assertThat(out.isMissing()).isTrue();

        LikeCache cache = new LikeCache();
        CallSite site = site("LIKE", EvalMode.ERROR);
        LikePredicate.like(slot("\"ab\""), slot("\"a%\""), null, out, site, cache);
        LikeMatcher first = cache.get("a%", null);
        assertThat(first).isNotNull();
        LikePredicate.like(slot("\"xb\""), slot("\"a%\""), null, out, site, cache);
        assertThat(out.getBool()).isFalse();
        assertThat(cache.get("a%", null)).isSameAs(first);
        assertThat(cache.get("a%", "!")).isNull();
    }
}
