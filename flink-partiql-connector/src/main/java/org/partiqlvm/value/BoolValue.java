package org.partiqlvm.value;

/** BOOL. Only two instances exist: {@link Value#TRUE} and {@link Value#FALSE}. */
public final class BoolValue extends Value {

    private final boolean value;

    /** Only {@link Value} creates the two instances. */
    BoolValue(boolean value) {
        super(ValueKind.BOOL);
        this.value = value;
    }

    /** The shared constant for {@code value}. */
    public static BoolValue of(boolean value) {
        return value ? Value.TRUE : Value.FALSE;
    }

    private Object readResolve() {
        return of(value);
    }

    @Override
    public boolean booleanValue() {
        return value;
    }
}
