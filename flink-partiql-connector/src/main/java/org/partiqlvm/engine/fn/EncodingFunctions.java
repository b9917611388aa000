package org.partiqlvm.engine.fn;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * Hashes and encodings, with Flink SQL's names: {@code MD5}, {@code SHA1}, {@code SHA256}
 * (lower-case hex), {@code TO_BASE64}/{@code FROM_BASE64}, {@code TO_HEX} and {@code UUID()}.
 *
 * <p>Text arguments are encoded as UTF-8; a BLOB or CLOB argument is taken as its bytes. The
 * digests are kept per VM ({@link FunctionContext}). {@code UUID()} is a random (version 4) UUID,
 * different at every call: it is never evaluated ahead of time.
 */
public final class EncodingFunctions {

    private static final HexFormat HEX = HexFormat.of();

    private EncodingFunctions() {}

    /** Registers the functions. */
    static void register(FunctionTable t) {
        digest(t, "md5", FunctionContext.Digest.MD5, "'900150983cd24fb0d6963f7d28e17f72'");
        digest(
                t,
                "sha1",
                FunctionContext.Digest.SHA1,
                "'a9993e364706816aba3e25717850c26c9cd0d89d'");
        digest(
                t,
                "sha256",
                FunctionContext.Digest.SHA256,
                "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'");
        t.add(
                        "to_base64",
                        KindSet.TEXT_OR_LOB,
                        EncodingFunctions::toBase64,
                        "The Base64 (RFC 4648) text of the string's UTF-8 bytes, or of a"
                                + " BLOB/CLOB.")
                .returns(ValueKind.STRING)
                .example("TO_BASE64('hi!')", "'aGkh'");
        t.add(
                        "from_base64",
                        KindSet.TEXT,
                        EncodingFunctions::fromBase64,
                        "The UTF-8 text encoded in Base64; invalid Base64 or bytes that are not"
                                + " UTF-8 are a data error.")
                .returns(ValueKind.STRING)
                .example("FROM_BASE64('aGkh')", "'hi!'");
        t.add(
                        "to_hex",
                        KindSet.of(
                                "INT, STRING, SYMBOL, BLOB or CLOB",
                                ValueKind.INT,
                                ValueKind.STRING,
                                ValueKind.SYMBOL,
                                ValueKind.BLOB,
                                ValueKind.CLOB),
                        EncodingFunctions::toHex,
                        "Lower-case hex of an INT (two's complement when negative), of a"
                                + " string's UTF-8 bytes, or of a BLOB/CLOB.")
                .returns(ValueKind.STRING)
                .example("TO_HEX(255)", "'ff'");
        t.add(
                        "uuid",
                        0,
                        0,
                        List.of(KindSet.ANY),
                        (args, out, site) -> out.setString(UUID.randomUUID().toString()),
                        "A random (version 4) UUID as text, new at every call.")
                .returns(ValueKind.STRING)
                .nonDeterministic()
                .example("UUID()", "'3b241101-e2bb-4255-8caf-4136c566a962'");
    }

    private static void digest(
            FunctionTable t, String name, FunctionContext.Digest d, String abcHash) {
        ContextualFunction f =
                (args, out, site, context) -> {
                    byte[] bytes = bytes(args[0], out, site);
                    if (bytes != null) {
                        MessageDigest md = context.digest(d);
                        out.setString(HEX.formatHex(md.digest(bytes)));
                    }
                };
        t.add(
                        name,
                        KindSet.TEXT_OR_LOB,
                        f,
                        "The "
                                + d.algorithm
                                + " hash, as lower-case hex, of the string's UTF-8 bytes or of a"
                                + " BLOB/CLOB.")
                .returns(ValueKind.STRING)
                .example(name.toUpperCase(java.util.Locale.ROOT) + "('abc')", abcHash);
    }

    /** The bytes of a text (UTF-8) or LOB argument, or null after a type mismatch. */
    private static byte[] bytes(Slot a, Slot out, CallSite site) {
        ValueKind k = a.kind();
        if (k.isText()) {
            return a.getString().getBytes(StandardCharsets.UTF_8);
        }
        if (k.isLob()) {
            return a.toValue().asBytes();
        }
        site.typeMismatch(out, 0, KindSet.TEXT_OR_LOB.description(), k);
        return null;
    }

    /** {@code to_base64(x)}. */
    public static void toBase64(Slot[] args, Slot out, CallSite site) {
        byte[] bytes = bytes(args[0], out, site);
        if (bytes != null) {
            out.setString(Base64.getEncoder().encodeToString(bytes));
        }
    }

    /** {@code from_base64(s)}. */
    public static void fromBase64(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        if (s == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s.strip());
        } catch (IllegalArgumentException e) {
            site.dataError(out, "invalid Base64: " + e.getMessage());
            return;
        }
        try {
            CharBuffer chars =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
            out.setString(chars.toString());
        } catch (CharacterCodingException e) {
            site.dataError(out, "the decoded bytes are not UTF-8 text");
        }
    }

    /** {@code to_hex(x)}. */
    public static void toHex(Slot[] args, Slot out, CallSite site) {
        Slot a = args[0];
        if (a.kind() == ValueKind.INT) {
            if (a.isLong()) {
                out.setString(Long.toHexString(a.getLong()));
                return;
            }
            BigInteger big = a.toValue().asBigInteger();
            if (big.signum() < 0) {
                site.dataError(out, "negative integer " + big + " does not fit in 64 bits");
                return;
            }
            out.setString(big.toString(16));
            return;
        }
        byte[] bytes = bytes(a, out, site);
        if (bytes != null) {
            out.setString(HEX.formatHex(bytes));
        }
    }
}
