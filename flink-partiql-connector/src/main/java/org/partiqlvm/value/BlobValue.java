package org.partiqlvm.value;

/** A BLOB: binary data. The byte array is owned by the value and never copied on read. */
public final class BlobValue extends LobValue {

    private BlobValue(byte[] bytes) {
        super(ValueKind.BLOB, bytes);
    }

    /** A BLOB owning {@code bytes}: the caller must not modify the array afterwards. */
    public static BlobValue wrap(byte[] bytes) {
        return new BlobValue(bytes);
    }
}
