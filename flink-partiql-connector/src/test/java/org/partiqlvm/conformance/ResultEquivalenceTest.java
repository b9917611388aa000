package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

class ResultEquivalenceTest {

    private static Value ion(String text) {
        return IonValueReader.standard().read(text);
    }

    private static boolean matches(String expected, String actual) {
        return ResultEquivalence.matches(ion(expected), ion(actual));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "1 | 1.0",
                "1.0 | 1.00",
                "1 | 1e0",
                "0.1 | 0.1e0",
                "0 | -0e0",
                "nan | nan",
                "+inf | +inf",
                "12345678901234567890123 | 12345678901234567890123.0",
                "'abc' | \"abc\"",
                "{{\"ab\"}} | {{YWI=}}",
                "null | null.int",
                "$bag::null | null",
                "$missing::null | $missing::null",
                "$bag::[1, 2, 2, 3] | $bag::[2, 3, 2, 1]",
                "$bag::[{a: 1}, {a: 1.0}] | $bag::[{a: 1.00}, {a: 1e0}]",
                "{a: 1, b: 2} | {b: 2, a: 1}",
                "{a: 1, a: 2} | {a: 2, a: 1}",
                "[1, [2, {c: 3}]] | [1.0, [2, {c: 3e0}]]",
                "$date::{year: 2021, month: 8, day: 22} | $date::2021-08-22",
                "$time::{hour: 12, minute: 0, second: 0, offset: null}"
                        + " | $time::{hour: 12, minute: 0, second: 0.000, offset: null}",
                "$time::{hour: 12, minute: 0, second: 0, offset: 60}"
                        + " | $time::{hour: 11, minute: 0, second: 0, offset: 0}",
                "2017-01-01T00:00Z | 2017-01-01T01:00:00.000+01:00",
                "2017-01-01T00:00-00:00 | 2017-01-01T00:00:00-00:00",
                "$interval_ym::{sign: \"+\", years: 1, months: 2}"
                        + " | $interval_ym::{years: 0, months: 14}",
            })
    void matchesUnderTheSuitesRules(String expected, String actual) {
        assertThat(matches(expected, actual)).isTrue();
        assertThat(matches(actual, expected)).isTrue();
        assertThat(ResultEquivalence.difference(ion(expected), ion(actual))).isNull();
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "$missing::null | null",
                "{a: $missing::null} | {a: null}",
                "$bag::[$missing::null] | $bag::[null]",
                "1 | 2",
                "1 | '1'",
                "1 | \"1\"",
                "nan | 0",
                "nan | +inf",
                "+inf | -inf",
                "true | 1",
                "$bag::[1, 2] | [1, 2]",
                "[1, 2] | (1 2)",
                "[1, 2] | [2, 1]",
                "$bag::[1, 1, 2] | $bag::[1, 2, 2]",
                "$bag::[1, 2] | $bag::[1, 2, 2]",
                "{a: 1} | {A: 1}",
                "{a: 1} | {a: 1, b: 2}",
                "{a: 1, a: 1} | {a: 1}",
                "\"abc\" | {{\"abc\"}}",
                "$date::2021-08-22 | 2021-08-22T00:00Z",
                "$time::{hour: 12, minute: 0, second: 0, offset: null}"
                        + " | $time::{hour: 12, minute: 0, second: 0, offset: 0}",
                "2017-01-01T00:00Z | 2017-01-01T00:00-00:00",
                "$interval_ym::{years: 1, months: 0} | $interval_dt::{days: 365}",
            })
    void doesNotMatch(String expected, String actual) {
        assertThat(matches(expected, actual)).isFalse();
        assertThat(matches(actual, expected)).isFalse();
        assertThat(ResultEquivalence.difference(ion(expected), ion(actual))).isNotNull();
    }

    @ParameterizedTest(name = "{0} and {1} match by value only")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "1 | 1.0",
                "1.0 | 1e0",
                "'abc' | \"abc\"",
                "null | null.int",
                "null.string | null.int",
                "$bag::[{a: 1}] | $bag::[{a: 1.0}]",
            })
    void sameTypesIsStricterAboutKinds(String expected, String actual) {
        assertThat(matches(expected, actual)).isTrue();
        assertThat(ResultEquivalence.sameTypes(ion(expected), ion(actual))).isFalse();
    }

    @Test
    void sameTypesStillComparesDecimalsByValue() {
        assertThat(ResultEquivalence.sameTypes(ion("1.0"), ion("1.00"))).isTrue();
        assertThat(ResultEquivalence.sameTypes(ion("$bag::[2, 1]"), ion("$bag::[1, 2]"))).isTrue();
    }

    @Test
    void differenceLooksInsideTheOneChangedMember() {
        ResultEquivalence.Difference difference =
                ResultEquivalence.difference(
                        ion("$bag::[{a: 1, b: [1, 2]}, {a: 2}]"),
                        ion("$bag::[{a: 2}, {a: 1, b: [1, 3]}]"));

        assertThat(difference.path()).isEqualTo("$<<>>.b[1]");
        assertThat(difference.expected()).isEqualTo(ion("2"));
        assertThat(difference.actual()).isEqualTo(ion("3"));
    }

    @Test
    void differenceNamesAMissingMemberFirstThenAnExtraOne() {
        ResultEquivalence.Difference missing =
                ResultEquivalence.difference(ion("$bag::[1, 2, 3]"), ion("$bag::[3, 1]"));
        assertThat(missing.path()).isEqualTo("$<<>>");
        assertThat(missing.expected()).isEqualTo(ion("2"));
        assertThat(missing.actual()).isNull();
        assertThat(missing.reason()).isEqualTo("1 expected element(s) not found, 0 unexpected");

        ResultEquivalence.Difference extra =
                ResultEquivalence.difference(ion("{a: 1}"), ion("{a: 1, b: 2}"));
        assertThat(extra.path()).isEqualTo("$.b");
        assertThat(extra.expected()).isNull();
        assertThat(extra.actual()).isEqualTo(ion("2"));
    }

    @Test
    void differenceOfListsOfDifferentLengthsSaysSo() {
        ResultEquivalence.Difference difference =
                ResultEquivalence.difference(ion("[1, 2, 3]"), ion("[1, 2]"));

        assertThat(difference.path()).isEqualTo("$");
        assertThat(difference.reason()).isEqualTo("3 elements expected, 2 found");
    }
}
