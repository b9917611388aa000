package org.partiqlvm.engine;

import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * A reusable, typed cell that holds one PartiQL value during evaluation, like a register of
 * SQLite's VDBE.
 *
 * <p>Scalar evaluators write their result into a slot instead of returning a new {@link Value}:
 * booleans, integers that fit a {@code long} and doubles are stored unboxed, strings computed at
 * run time as a plain {@link String}, and everything else (and any value read from the input) as
 * the {@link Value} itself. Writing a slot never allocates; {@link #toValue()} materializes a value
 * only when one is needed (for example to place it in a constructed struct).
 *
 * <p>A slot belongs to one VM and is used by one thread. Its contents are valid until it is written
 * again.
 */
public final class Slot {

    private ValueKind kind = ValueKind.MISSING;
    private long longValue;
    private double doubleValue;
    private String stringValue;
    private Value value = Value.MISSING;

    /** The kind of the value held. */
    public ValueKind kind() {
        return kind;
    }

    /** True when the slot holds MISSING. */
    public boolean isMissing() {
        return kind == ValueKind.MISSING;
    }

    /** True when the slot holds NULL (possibly a typed Ion null). */
    public boolean isNull() {
        return kind == ValueKind.NULL;
    }

    /** True when the slot holds MISSING or NULL. */
    public boolean isUnknown() {
        return kind == ValueKind.MISSING || kind == ValueKind.NULL;
    }

    /**
     * True when the slot holds an INT that fits a {@code long}, readable with {@link #getLong()}.
     */
    public boolean isLong() {
        return kind == ValueKind.INT && (value == null || value.fitsLong());
    }

    /** Stores MISSING. */
    public void setMissing() {
        set(ValueKind.MISSING, Value.MISSING);
    }

    /** Stores the untyped NULL. */
    public void setNull() {
        set(ValueKind.NULL, Value.NULL);
    }

    /** Stores a BOOL. */
    public void setBool(boolean b) {
        kind = ValueKind.BOOL;
        longValue = b ? 1 : 0;
        value = b ? Value.TRUE : Value.FALSE;
        stringValue = null;
    }

    /** Stores an INT that fits a {@code long}. */
    public void setLong(long l) {
        kind = ValueKind.INT;
        longValue = l;
        value = null;
        stringValue = null;
    }

    /** Stores a FLOAT. */
    public void setDouble(double d) {
        kind = ValueKind.FLOAT;
        doubleValue = d;
        value = null;
        stringValue = null;
    }

    /** Stores a STRING computed at run time. */
    public void setString(String s) {
        kind = ValueKind.STRING;
        stringValue = s;
        value = null;
    }

    /** Stores any value, keeping it so that {@link #toValue()} returns it without allocating. */
    public void setValue(Value v) {
        ValueKind k = v.kind();
        kind = k;
        value = v;
        stringValue = null;
        switch (k) {
            case BOOL -> longValue = v.booleanValue() ? 1 : 0;
            case INT -> {
                if (v.fitsLong()) {
                    longValue = v.asLong();
                }
            }
            case FLOAT -> doubleValue = v.asDouble();
            default -> {}
        }
    }

    /** Copies another slot's contents into this one. */
    public void copyFrom(Slot other) {
        kind = other.kind;
        longValue = other.longValue;
        doubleValue = other.doubleValue;
        stringValue = other.stringValue;
        value = other.value;
    }

    /** The BOOL held; only valid when {@link #kind()} is BOOL. */
    public boolean getBool() {
        return longValue != 0;
    }

    /** The INT held; only valid when {@link #isLong()}. */
    public long getLong() {
        return longValue;
    }

    /** The FLOAT held; only valid when {@link #kind()} is FLOAT. */
    public double getDouble() {
        return doubleValue;
    }

    /**
     * The text of a STRING or SYMBOL; only valid for those kinds. Does not allocate: a string
     * computed at run time is returned as stored, one read from a value is the value's text.
     */
    public String getString() {
        return stringValue != null ? stringValue : value.asString();
    }

    /**
     * The held value as a {@link Value}. Returns the stored value when there is one; otherwise (a
     * number, boolean or string computed at run time) creates it, and keeps it for later calls.
     */
    public Value toValue() {
        Value v = value;
        if (v == null) {
            v =
                    switch (kind) {
                        case INT -> Value.ofLong(longValue);
                        case FLOAT -> Value.ofDouble(doubleValue);
                        case STRING -> Value.ofString(stringValue);
                        default -> throw new IllegalStateException("slot of kind " + kind);
                    };
            value = v;
        }
        return v;
    }

    private void set(ValueKind k, Value v) {
        kind = k;
        value = v;
        stringValue = null;
    }

    @Override
    public String toString() {
        return kind == ValueKind.MISSING ? "MISSING" : toValue().toString();
    }
}
