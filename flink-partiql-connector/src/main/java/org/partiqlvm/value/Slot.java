package org.partiqlvm.value;

/**
 * A mutable, reusable value cell for the VM's registers, like SQLite's {@code Mem}: a kind tag plus
 * a {@code long}, a {@code double} and a {@link Value} reference. BOOL, INT (in {@code long} range)
 * and FLOAT can be set and read as primitives without allocating; any value can be stored by
 * reference. {@link #toValue()} materializes an immutable {@link Value} only when one is needed
 * (small INTs, booleans, NULL and MISSING come from caches) and remembers it until the next write.
 *
 * <p>Not thread-safe: a slot belongs to one VM. Reading a primitive of the wrong kind throws {@link
 * IllegalStateException}, as {@link Value}'s accessors do.
 */
public final class Slot {

    private ValueKind kind = ValueKind.MISSING;
    private long longValue;
    private double doubleValue;

    /** The value, when known; null while only the primitive fields hold it. */
    private Value ref = Value.MISSING;

    /** A slot holding MISSING. */
    public Slot() {}

    /** The kind of the held value. */
    public ValueKind kind() {
        return kind;
    }

    /** True when the slot holds NULL or MISSING. */
    public boolean isUnknown() {
        return kind == ValueKind.NULL || kind == ValueKind.MISSING;
    }

    /** Holds MISSING. */
    public void setMissing() {
        kind = ValueKind.MISSING;
        ref = Value.MISSING;
    }

    /** Holds the untyped NULL. */
    public void setNull() {
        kind = ValueKind.NULL;
        ref = Value.NULL;
    }

    /** Holds a BOOL. */
    public void setBool(boolean value) {
        kind = ValueKind.BOOL;
        longValue = value ? 1 : 0;
        ref = value ? Value.TRUE : Value.FALSE;
    }

    /** Holds an INT; allocates nothing. */
    public void setLong(long value) {
        kind = ValueKind.INT;
        longValue = value;
        ref = null;
    }

    /** Holds a FLOAT; allocates nothing. */
    public void setDouble(double value) {
        kind = ValueKind.FLOAT;
        doubleValue = value;
        ref = null;
    }

    /** Holds {@code value} (by reference; primitives are unpacked for the typed getters). */
    public void set(Value value) {
        kind = value.kind();
        ref = value;
        switch (kind) {
            case BOOL -> longValue = value.booleanValue() ? 1 : 0;
            case INT -> {
                if (value.fitsLong()) {
                    longValue = value.asLong();
                }
            }
            case FLOAT -> doubleValue = value.asDouble();
            default -> {}
        }
    }

    /** Copies another slot's content (no allocation). */
    public void copyFrom(Slot other) {
        kind = other.kind;
        longValue = other.longValue;
        doubleValue = other.doubleValue;
        ref = other.ref;
    }

    /** The boolean of a BOOL. */
    public boolean getBool() {
        check(ValueKind.BOOL, "getBool");
        return longValue != 0;
    }

    /** True when the slot holds an INT in {@code long} range, readable by {@link #getLong()}. */
    public boolean fitsLong() {
        return kind == ValueKind.INT && (ref == null || ref.fitsLong());
    }

    /** The {@code long} of an INT in {@code long} range. */
    public long getLong() {
        if (!fitsLong()) {
            throw new IllegalStateException("getLong() is not defined for " + describe());
        }
        return longValue;
    }

    /** The {@code double} of a FLOAT. */
    public double getDouble() {
        check(ValueKind.FLOAT, "getDouble");
        return doubleValue;
    }

    /**
     * The held value as an immutable {@link Value}. Allocates only for an INT outside the small
     * cache or a FLOAT set as a primitive, once per write.
     */
    public Value toValue() {
        Value v = ref;
        if (v == null) {
            v = kind == ValueKind.INT ? Value.ofLong(longValue) : Value.ofDouble(doubleValue);
            ref = v;
        }
        return v;
    }

    private void check(ValueKind expected, String accessor) {
        if (kind != expected) {
            throw new IllegalStateException(accessor + "() is not defined for " + describe());
        }
    }

    private String describe() {
        return ref != null ? ref.typeName() : kind.displayName();
    }

    @Override
    public String toString() {
        return "Slot[" + toValue() + "]";
    }
}
