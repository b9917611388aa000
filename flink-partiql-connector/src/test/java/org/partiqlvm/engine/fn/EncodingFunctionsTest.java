package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.fn.Statements.assertDataError;
import static org.partiqlvm.engine.fn.Statements.assertGives;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Value;

/** Hashes, Base64, hex and UUID(), end to end in both modes. */
class EncodingFunctionsTest {

    @Test
    void hashesOfTextAndLobs() {
        assertGives("MD5('')", "'d41d8cd98f00b204e9800998ecf8427e'");
        assertGives("SHA1('')", "'da39a3ee5e6b4b0d3255bfef95601890afd80709'");
        assertGives(
                "SHA256('é')",
                "'" + hex(sha256("é".getBytes(java.nio.charset.StandardCharsets.UTF_8))) + "'");
        assertGives("MD5(`{{YWJj}}`)", "'900150983cd24fb0d6963f7d28e17f72'");
        assertGives("MD5(NULL)", "NULL");
        assertGives("SHA1(MISSING)", "MISSING");
        assertDataError("SHA256(1)", "SHA256", "argument 1", "INT");
    }

    @Test
    void base64RoundTrip() {
        assertGives("TO_BASE64('PartiQL 😀')", "'UGFydGlRTCDwn5iA'");
        assertGives("FROM_BASE64(TO_BASE64('PartiQL 😀'))", "'PartiQL 😀'");
        assertGives("TO_BASE64(`{{AAE=}}`)", "'AAE='");
        assertGives("FROM_BASE64(NULL)", "NULL");
        assertDataError("FROM_BASE64('***')", "FROM_BASE64", "invalid Base64");
        assertDataError("FROM_BASE64('/w==')", "FROM_BASE64", "not UTF-8");
        assertDataError("TO_BASE64(true)", "TO_BASE64", "BOOL");
    }

    @Test
    void hex() {
        assertGives("TO_HEX(0)", "'0'");
        assertGives("TO_HEX(-1)", "'ffffffffffffffff'");
        assertGives("TO_HEX(18446744073709551616)", "'10000000000000000'");
        assertGives("TO_HEX('AB')", "'4142'");
        assertGives("TO_HEX(`{{AAE=}}`)", "'0001'");
        assertDataError("TO_HEX(-18446744073709551616)", "TO_HEX", "64 bits");
        assertDataError("TO_HEX(1.5)", "TO_HEX", "DECIMAL");
    }

    @Test
    void uuidIsNewAtEveryCall() {
        Value rows =
                Statements.eval("SELECT VALUE UUID() FROM <<1, 2, 3, 4, 5>> AS x", EvalMode.ERROR);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String u = rows.get(i).asString();
            assertThat(u)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            seen.add(u);
        }
        assertThat(seen).hasSize(5);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}
