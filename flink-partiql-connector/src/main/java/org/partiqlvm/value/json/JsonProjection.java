package org.partiqlvm.value.json;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partiqlvm.value.FieldNames;

/**
 * The parts of a JSON value a statement can observe, so that {@link JsonValueReader#read(byte[],
 * JsonProjection)} builds only those and skips the rest without materializing it.
 *
 * <p>A projection node either needs its whole value ({@link #all()}), or names the fields of an
 * object it needs (each with its own node; other fields are skipped) and the projection of the
 * elements of an array (when the statement ranges over it). Field names match ignoring case, a
 * superset of what PartiQL's case-sensitive and case-insensitive lookups can see. A scalar is
 * always read whole, and so is a value of a kind the projection did not expect (an array where
 * fields were named, say), so that type errors and MISSING come out exactly as without a
 * projection. Immutable and serializable: the compiler builds it once per plan.
 */
public final class JsonProjection implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final JsonProjection ALL =
            new JsonProjection(true, new String[0], new JsonProjection[0], null);

    private final boolean whole;
    private final String[] fieldNames; // lower case
    private final JsonProjection[] fields;
    private final JsonProjection element;

    /**
     * The names as ASCII bytes, or null when a name is not ASCII (then names are matched as text).
     */
    private transient byte[][] asciiNames;

    /**
     * A small hash table over {@link #asciiNames} by length and first letter: 0 for no name, {@code
     * i + 1} for the one candidate {@code i}, -1 when several share the slot.
     */
    private transient int[] asciiSlots;

    private static final int SLOTS = 64;

    private JsonProjection(
            boolean whole, String[] fieldNames, JsonProjection[] fields, JsonProjection element) {
        this.whole = whole;
        this.fieldNames = fieldNames;
        for (int i = 0; i < fieldNames.length; i++) {
            fieldNames[i] = fieldNames[i].intern(); // Jackson interns the names it reads
        }
        this.asciiNames = asciiNames(fieldNames);
        this.asciiSlots = asciiSlots(asciiNames);
        this.fields = fields;
        this.element = element;
    }

    /** The projection that keeps everything. */
    public static JsonProjection all() {
        return ALL;
    }

    /** True when the whole value is needed. */
    public boolean isAll() {
        return whole;
    }

    /**
     * The projection of the field {@code name} of an object, or null to skip the field. Allocates
     * nothing.
     */
    public JsonProjection field(String name) {
        String[] names = fieldNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) { // both interned: the usual hit
                return fields[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (FieldNames.equalsIgnoreCase(names[i], name)) {
                return fields[i];
            }
        }
        return null;
    }

    /** The projection of each element of an array, or null to read arrays whole. */
    public JsonProjection element() {
        return element;
    }

    /**
     * A projection that keeps what this one or {@code other} keeps: for reading a record once for
     * several statements, each of which then sees at least what it can observe.
     */
    public JsonProjection union(JsonProjection other) {
        if (whole || other.whole) {
            return ALL;
        }
        Map<String, JsonProjection> merged = new LinkedHashMap<>();
        for (int i = 0; i < fieldNames.length; i++) {
            merged.put(fieldNames[i], fields[i]);
        }
        for (int i = 0; i < other.fieldNames.length; i++) {
            merged.merge(other.fieldNames[i], other.fields[i], JsonProjection::union);
        }
        JsonProjection elements =
                element == null
                        ? other.element
                        : other.element == null ? element : element.union(other.element);
        return new JsonProjection(
                false,
                merged.keySet().toArray(new String[0]),
                merged.values().toArray(new JsonProjection[0]),
                elements);
    }

    /** Interns the names again after deserialization (a plan shipped to a task manager). */
    private Object readResolve() {
        if (whole) {
            return ALL;
        }
        for (int i = 0; i < fieldNames.length; i++) {
            fieldNames[i] = fieldNames[i].intern();
        }
        asciiNames = asciiNames(fieldNames);
        asciiSlots = asciiSlots(asciiNames);
        return this;
    }

    private static byte[][] asciiNames(String[] names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            bytes[i] = new byte[n.length()];
            for (int k = 0; k < n.length(); k++) {
                char c = n.charAt(k);
                if (c >= 0x80) {
                    return null;
                }
                bytes[i][k] = (byte) c;
            }
        }
        return bytes;
    }

    /**
     * Matches the field named by the ASCII bytes {@code name[offset .. offset+length)}, compared
     * ignoring case as {@link #field(String)} does (only when {@link #hasAsciiNames()}): -1 for no
     * field, else {@code index << 1}, plus 1 when the bytes differ from the field's (lower-case)
     * name in case.
     */
    int matchAscii(byte[] name, int offset, int length) {
        int candidate = asciiSlots[slot(length, length == 0 ? 0 : name[offset])];
        if (candidate == 0) {
            return -1; // the usual answer for a field the statement does not read
        }
        byte[][] all = asciiNames;
        if (candidate > 0) {
            return match(candidate - 1, all[candidate - 1], name, offset, length);
        }
        for (int i = 0; i < all.length; i++) {
            int m = match(i, all[i], name, offset, length);
            if (m >= 0) {
                return m;
            }
        }
        return -1;
    }

    private static int match(int i, byte[] lower, byte[] name, int offset, int length) {
        if (lower.length != length) {
            return -1;
        }
        int exact = 0;
        while (exact < length && lower[exact] == name[offset + exact]) {
            exact++; // names are short: a plain loop beats Arrays.equals here
        }
        if (exact == length) {
            return i << 1; // the usual case
        }
        for (int k = exact; k < length; k++) {
            int x = name[offset + k];
            if (x != lower[k] && !(x >= 'A' && x <= 'Z' && x + 32 == lower[k])) {
                return -1;
            }
        }
        return (i << 1) | 1;
    }

    private static int[] asciiSlots(byte[][] names) {
        if (names == null) {
            return null;
        }
        int[] slots = new int[SLOTS];
        for (int i = 0; i < names.length; i++) {
            byte[] n = names[i];
            int s = slot(n.length, n.length == 0 ? 0 : n[0]);
            slots[s] = slots[s] == 0 ? i + 1 : -1;
        }
        return slots;
    }

    /** The slot of a name by its length and first byte, the same for either case of a letter. */
    private static int slot(int length, int firstByte) {
        return (length * 31 + (firstByte | 0x20)) & (SLOTS - 1);
    }

    /** True when every field name is ASCII, so {@link #matchAscii} can match them. */
    boolean hasAsciiNames() {
        return asciiNames != null;
    }

    /** The (lower-case, interned) name of field {@code i}. */
    String fieldName(int i) {
        return fieldNames[i];
    }

    /** The projection of field {@code i}. */
    JsonProjection fieldAt(int i) {
        return fields[i];
    }

    @Override
    public String toString() {
        if (whole) {
            return "*";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fieldNames.length; i++) {
            parts.add(fieldNames[i] + ":" + fields[i]);
        }
        if (element != null) {
            parts.add("[]:" + element);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** Collects what a statement reads, then {@link #build()}s the projection. */
    public static final class Builder {
        private boolean whole;
        private final Map<String, Builder> fields = new LinkedHashMap<>();
        private Builder element;

        /** The whole value is needed. */
        public Builder all() {
            whole = true;
            return this;
        }

        /** The builder of field {@code name} (case ignored). */
        public Builder field(String name) {
            return fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new Builder());
        }

        /** The builder of the elements, for a statement ranging over this value. */
        public Builder element() {
            if (element == null) {
                element = new Builder();
            }
            return element;
        }

        /** The projection. An object read under it keeps only the named fields. */
        public JsonProjection build() {
            if (whole) {
                return ALL;
            }
            // An object met where elements were expected (FROM over a struct ranges over the
            // struct itself), so element fields apply to objects here too.
            Map<String, Builder> merged = new LinkedHashMap<>(fields);
            if (element != null) {
                if (element.whole) {
                    return ALL;
                }
                for (Map.Entry<String, Builder> e : element.fields.entrySet()) {
                    merged.merge(e.getKey(), e.getValue(), Builder::union);
                }
            }
            String[] names = new String[merged.size()];
            JsonProjection[] nodes = new JsonProjection[merged.size()];
            int i = 0;
            for (Map.Entry<String, Builder> e : merged.entrySet()) {
                names[i] = e.getKey();
                nodes[i] = e.getValue().build();
                i++;
            }
            return new JsonProjection(
                    false, names, nodes, element == null ? null : element.build());
        }

        private static Builder union(Builder a, Builder b) {
            Builder u = new Builder();
            u.whole = a.whole || b.whole;
            for (Builder x : new Builder[] {a, b}) {
                for (Map.Entry<String, Builder> e : x.fields.entrySet()) {
                    u.fields.merge(e.getKey(), e.getValue(), Builder::union);
                }
                if (x.element != null) {
                    u.element = u.element == null ? x.element : union(u.element, x.element);
                }
            }
            return u;
        }
    }
}
