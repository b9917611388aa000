package org.partiqlvm.value;

/** MISSING, the absent value of PartiQL (a struct field that is not there). One instance. */
public final class MissingValue extends Value {

    static final MissingValue INSTANCE = new MissingValue();

    private MissingValue() {
        super(ValueKind.MISSING);
    }
}
