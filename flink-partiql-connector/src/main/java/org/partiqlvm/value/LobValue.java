package org.partiqlvm.value;

/**
 * A large object: the common base of {@link BlobValue} and {@link ClobValue}, which compare and
 * order together by their octets (unsigned, lexicographic).
 */
public abstract sealed class LobValue extends Value permits BlobValue, ClobValue {

    private final byte[] bytes;

    LobValue(ValueKind kind, byte[] bytes) {
        super(kind);
        if (bytes == null) {
            throw new NullPointerException("bytes");
        }
        this.bytes = bytes;
    }

    /** The stored bytes, not a copy: do not modify them. */
    @Override
    public final byte[] asBytes() {
        return bytes;
    }

    /** The number of bytes. */
    public final int length() {
        return bytes.length;
    }
}
