package org.partiqlvm.value;

/** MISSING, the absent value of PartiQL (a struct field that is not there). One instance. */
public final class MissingValue extends Value {

    /** Only {@link Value} creates the single instance, {@link Value#MISSING}. */
    MissingValue() {
        super(ValueKind.MISSING);
    }

    private Object readResolve() {
        return Value.MISSING;
    }
}
