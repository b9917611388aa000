package org.partiqlvm.value.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Field names by their UTF-8 bytes: the interned {@code String} of a name seen before, found
 * without creating anything. Records repeat the same few names, so after the first records every
 * name is a lookup. Names are interned, as Jackson's are, so that path steps match them by
 * reference.
 *
 * <p>An open-addressing table of at most {@value #MAX_NAMES} names; once full, further new names
 * are created per use (records with unbounded distinct names cannot fill the heap through it). A
 * lookup probes at most {@value #MAX_PROBES} entries: a name that finds no place within them is
 * created per use too, so names crafted to share one hash (hash flooding) cost a bounded number of
 * compares each, not a walk of the whole table. One per scanner, one thread.
 */
final class JsonNameTable {

    static final int MAX_NAMES = 4096;

    /** The most entries one lookup looks at. */
    static final int MAX_PROBES = 8;

    private static final int CAPACITY = 2 * MAX_NAMES; // a power of two, at most half full

    private final byte[][] keys = new byte[CAPACITY][];
    private final String[] names = new String[CAPACITY];
    private final int[] hashes = new int[CAPACITY];
    private int count;

    /** The interned name whose UTF-8 bytes are {@code bytes[offset .. offset+length)}. */
    String name(byte[] bytes, int offset, int length) {
        int h = hash(bytes, offset, length);
        int mask = CAPACITY - 1;
        int i = h & mask;
        for (int probe = 0; probe < MAX_PROBES; probe++, i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) {
                String name = create(bytes, offset, length);
                if (count < MAX_NAMES) {
                    keys[i] = Arrays.copyOfRange(bytes, offset, offset + length);
                    names[i] = name;
                    hashes[i] = h;
                    count++;
                }
                return name;
            }
            if (hashes[i] == h
                    && key.length == length
                    && Arrays.equals(key, 0, length, bytes, offset, offset + length)) {
                return names[i];
            }
        }
        return create(bytes, offset, length);
    }

    private static String create(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8).intern();
    }

    /** How many names the table holds. */
    int size() {
        return count;
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int h = length;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
