package org.partiqlvm.value;

/**
 * A CLOB: Ion character data of unspecified encoding, kept as bytes (Ion text writes it as {@code
 * {{"..."}}}). The byte array is owned by the value and never copied on read.
 */
public final class ClobValue extends LobValue {

    private ClobValue(byte[] bytes) {
        super(ValueKind.CLOB, bytes);
    }

    /** A CLOB owning {@code bytes}: the caller must not modify the array afterwards. */
    public static ClobValue wrap(byte[] bytes) {
        return new ClobValue(bytes);
    }
}
