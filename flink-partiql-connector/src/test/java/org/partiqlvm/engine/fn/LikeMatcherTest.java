package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikeMatcherTest {

    @ParameterizedTest(name = "''{0}'' LIKE ''{1}'' ESCAPE ''{2}'' is {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            nullValues = "NONE",
            textBlock =
                    """
                    ""        | ""          | NONE | true
                    ""        | %           | NONE | true
                    ""        | _           | NONE | false
                    S1        | ""          | NONE | false
                    _         | _           | NONE | true
                    %         | _           | NONE | true
                    A         | a           | NONE | false
                    \\        | \\          | NONE | true
                    $$        | ^$$         | NONE | false
                    ABC       | _BC         | NONE | true
                    ABC       | ___         | NONE | true
                    ABC       | ____        | NONE | false
                    ABC       | %%%%        | NONE | true
                    ABC       | %ABC        | NONE | true
                    ABC       | A%%%        | NONE | true
                    ABC       | B%          | NONE | false
                    ABC       | %BCD        | NONE | false
                    AAaBBbCCc | A%A%c       | NONE | true
                    AAaBBbCCc | A%Aa%c      | NONE | true
                    AAaBBbCCc | A%Aba%c     | NONE | false
                    AAaBBbCCc | %__b%C_%    | NONE | true
                    ABC       | _%%B%%%_    | NONE | true
                    ABC       | %_%_%_%_%   | NONE | false
                    a         | a%a         | NONE | false
                    aa        | a%a         | NONE | true
                    aba       | a%b%a       | NONE | true
                    _         | [_          | [    | true
                    %         | [%[%        | [    | false
                    100%      | 1%[%        | [    | true
                    100%      | 1_%         | [    | true
                    100%      | 1%_[%1      | [    | false
                    11%22%33% | 1_[%2%[%3_[% | [   | true
                    1_000_000% | %[_0%0[__%_[% | [ | true
                    abc%      | abc/%       | /    | true
                    abcd      | abc/%       | /    | false
                    a[b       | a[[b        | [    | true
                    😁         | _           | NONE | true
                    😁😞       | __          | NONE | true
                    😁😞       | _           | NONE | false
                    x😁y       | x%y         | NONE | true
                    😁         | 😁%         | NONE | true
                    😁x😞      | %x_         | NONE | true
                    """)
    void matches(String value, String pattern, String escape, boolean expected) {
        LikeMatcher m = LikeMatcher.compile(pattern, escape);
        assertThat(m.matches(value)).isEqualTo(expected);
        assertThat(reference(value, pattern, escape)).isEqualTo(expected);
    }

    @Test
    void invalidPatternsAndEscapes() {
        assertThatThrownBy(() -> LikeMatcher.compile("a", "aa"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one character");
        assertThatThrownBy(() -> LikeMatcher.compile("a", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LikeMatcher.compile("ab[", "["))
                .hasMessageContaining("ends with the escape");
        assertThatThrownBy(() -> LikeMatcher.compile("a[b", "["))
                .hasMessageContaining("invalid escape sequence '[b'");
        assertThat(LikeMatcher.compile("x", "😁").matches("x")).isTrue();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pathologicalPatternFinishes() {
        String subject = "a".repeat(10_000);
        assertThat(LikeMatcher.compile("%a%a%a%a%a%a%a%b", null).matches(subject)).isFalse();
        assertThat(LikeMatcher.compile("%a%a%a%a%a%a%a%a", null).matches(subject)).isTrue();
        assertThat(LikeMatcher.compile("%_%_%_%_%_%_%_%_b", null).matches(subject)).isFalse();
        assertThat(LikeMatcher.compile("%" + "a".repeat(500) + "b%", null).matches(subject))
                .isFalse();
    }

    @Test
    void survivesSerialization() throws Exception {
        LikeMatcher m = LikeMatcher.compile("1%[%", "[");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        LikeMatcher copy;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (LikeMatcher) in.readObject();
        }
        assertThat(copy.matches("100%")).isTrue();
        assertThat(copy.matches("100")).isFalse();
        assertThat(copy.pattern()).isEqualTo("1%[%");
    }

    // ---------------------------------------------------------------- property against a reference

    @Property(tries = 2000)
    void agreesWithBacktrackingReference(
            @ForAll("subjects") String value, @ForAll("patterns") String pattern) {
        assertThat(LikeMatcher.compile(pattern, null).matches(value))
                .as("'%s' LIKE '%s'", value, pattern)
                .isEqualTo(reference(value, pattern, null));
    }

    @Property(tries = 2000)
    void agreesWithReferenceUsingAnEscape(
            @ForAll("subjects") String value, @ForAll("escapedPatterns") String pattern) {
        assertThat(LikeMatcher.compile(pattern, "!").matches(value))
                .as("'%s' LIKE '%s' ESCAPE '!'", value, pattern)
                .isEqualTo(reference(value, pattern, "!"));
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.strings().withChars("ab%_😁").ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab%_😁").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> escapedPatterns() {
        Arbitrary<String> token = Arbitraries.of("a", "b", "%", "_", "!%", "!_", "!!", "😁");
        return token.list().ofMaxSize(5).map(l -> String.join("", l));
    }

    /** A plain backtracking matcher over code points, the definition the fast one must meet. */
    static boolean reference(String value, String pattern, String escape) {
        int[] v = value.codePoints().toArray();
        int[] p = pattern.codePoints().toArray();
        int esc = escape == null ? -1 : escape.codePointAt(0);
        return match(v, 0, p, 0, esc);
    }

    private static boolean match(int[] v, int i, int[] p, int j, int esc) {
        if (j == p.length) {
            return i == v.length;
        }
        int c = p[j];
        if (c == esc) {
            return i < v.length && v[i] == p[j + 1] && match(v, i + 1, p, j + 2, esc);
        }
        if (c == '%') {
            for (int k = i; k <= v.length; k++) {
                if (match(v, k, p, j + 1, esc)) {
                    return true;
                }
            }
            return false;
        }
        return i < v.length && (c == '_' || v[i] == c) && match(v, i + 1, p, j + 1, esc);
    }
}
