package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

class MismatchTest {

    private static Value ion(String text) {
        return IonValueReader.standard().read(text);
    }

    @Test
    void aScalarMismatchShowsBothValues() {
        assertThat(Mismatch.describe(ion("1"), ion("'a'"))).isEqualTo("expected 1 but was a");
    }

    @Test
    void aNestedMismatchAddsWhereItIs() {
        assertThat(Mismatch.describe(ion("[{a: 1}, {a: 2}]"), ion("[{a: 1}, {a: null}]")))
                .isEqualTo(
                        "expected [{a:1},{a:2}] but was [{a:1},{a:null}]; at $[1].a: expected"
                                + " 2 but was null");
        assertThat(Mismatch.describe(ion("$bag::[1, 2]"), ion("$bag::[1]")))
                .isEqualTo(
                        "expected $bag::[1,2] but was $bag::[1]; at $<<>>: missing 2"
                                + " (1 expected element(s) not found, 0 unexpected)");
        assertThat(Mismatch.describe(ion("[1]"), ion("[1, 2]")))
                .isEqualTo("expected [1] but was [1,2]; 1 elements expected, 2 found");
    }

    @Test
    void longValuesAreCutAndSayHowLongTheyWere() {
        String text = "x".repeat(Mismatch.MAX_CHARS + 50);

        assertThat(Mismatch.ion(Value.ofString(text)))
                .hasSize(Mismatch.MAX_CHARS + "...(252 chars)".length())
                .endsWith("...(252 chars)");
    }
}
