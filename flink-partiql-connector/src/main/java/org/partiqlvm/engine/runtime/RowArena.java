package org.partiqlvm.engine.runtime;

/**
 * Scratch memory for the temporaries of one row, owned by one {@link
 * org.partiqlvm.engine.PartiQLVM} and reset in O(1) before each row.
 *
 * <p>{@link #chars(int)} and {@link #bytes(int)} hand out regions of two reusable arrays, and
 * {@link #reset()} (called by the VM before each row) only moves the offsets back to zero. No
 * evaluator takes its buffers from here yet: they keep their own reused buffers; this is the place
 * for row-scoped scratch memory that must be bounded. The arrays start at the configured initial
 * size and grow (doubling) up to the configured maximum; a row that needs more than the maximum
 * fails with an {@link EvaluationException} instead of exhausting the heap.
 */
public final class RowArena {

    /** The default initial size in bytes (16 KB). */
    public static final int DEFAULT_INITIAL_BYTES = 16 * 1024;

    /** The default maximum size in bytes (64 MB). */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

    private final int maxBytes;
    private byte[] bytes;
    private int byteOffset;
    private char[] chars;
    private int charOffset;

    /** Creates an arena with the default sizes. */
    public RowArena() {
        this(DEFAULT_INITIAL_BYTES, DEFAULT_MAX_BYTES);
    }

    /**
     * Creates an arena.
     *
     * @param initialBytes the initial capacity in bytes (chars count two bytes)
     * @param maxBytes the largest capacity it may grow to
     */
    public RowArena(int initialBytes, int maxBytes) {
        if (initialBytes <= 0 || maxBytes < initialBytes) {
            throw new IllegalArgumentException(
                    "arena sizes must satisfy 0 < initial <= max, got "
                            + initialBytes
                            + " and "
                            + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.bytes = new byte[initialBytes / 2];
        this.chars = new char[initialBytes / 4];
    }

    /** Forgets every region handed out since the last reset. O(1). */
    public void reset() {
        byteOffset = 0;
        charOffset = 0;
    }

    /**
     * Reserves {@code length} bytes and returns the backing array; the region starts at {@link
     * #lastByteOffset()}. Valid until the next {@link #reset()}.
     */
    public byte[] bytes(int length) {
        int end = byteOffset + length;
        if (end > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, grow(bytes.length, end, 1));
        }
        lastByteOffset = byteOffset;
        byteOffset = end;
        return bytes;
    }

    /**
     * Reserves {@code length} chars and returns the backing array; the region starts at {@link
     * #lastCharOffset()}. Valid until the next {@link #reset()}.
     */
    public char[] chars(int length) {
        int end = charOffset + length;
        if (end > chars.length) {
            chars = java.util.Arrays.copyOf(chars, grow(chars.length, end, 2));
        }
        lastCharOffset = charOffset;
        charOffset = end;
        return chars;
    }

    private int lastByteOffset;
    private int lastCharOffset;

    /** Where the region of the last {@link #bytes(int)} call starts. */
    public int lastByteOffset() {
        return lastByteOffset;
    }

    /** Where the region of the last {@link #chars(int)} call starts. */
    public int lastCharOffset() {
        return lastCharOffset;
    }

    /** The bytes currently reserved, both arrays together (chars count two bytes). */
    public long usedBytes() {
        return byteOffset + 2L * charOffset;
    }

    /** The current capacity in bytes, both arrays together. */
    public long capacityBytes() {
        return bytes.length + 2L * chars.length;
    }

    private int grow(int current, int needed, int unitBytes) {
        long size = Math.max(needed, Math.max(16, (long) current * 2));
        long otherBytes = capacityBytes() - (long) current * unitBytes;
        if (otherBytes + size * unitBytes > maxBytes) {
            size = (maxBytes - otherBytes) / unitBytes;
            if (size < needed) {
                throw new EvaluationException(
                        "row needs more than the arena maximum of "
                                + maxBytes
                                + " bytes (see PartiQLVM.withArenaSize)",
                        null,
                        null);
            }
        }
        return (int) size;
    }
}
