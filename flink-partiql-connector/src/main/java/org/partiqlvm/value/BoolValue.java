package org.partiqlvm.value;

/** BOOL. Only two instances exist: {@link Value#TRUE} and {@link Value#FALSE}. */
public final class BoolValue extends Value {

    static final BoolValue TRUE = new BoolValue(true);
    static final BoolValue FALSE = new BoolValue(false);

    private final boolean value;

    private BoolValue(boolean value) {
        super(ValueKind.BOOL);
        this.value = value;
    }

    /** The shared constant for {@code value}. */
    public static BoolValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public boolean booleanValue() {
        return value;
    }
}
