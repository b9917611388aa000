package org.partiqlvm.value;

/**
 * NULL, optionally remembering the kind of an Ion typed null.
 *
 * <p>Ion has typed nulls ({@code null.int}, {@code null.string}, ...), and the suite's {@code
 * eval/ion} tests pass them through. A NULL therefore carries a {@link #declaredKind()}: {@link
 * ValueKind#NULL} for the untyped {@code null} (and SQL's NULL literal), or the kind it stands for
 * ({@code null.int} has INT, {@code $bag::null} has BAG). Every NULL has {@link #kind()} NULL and
 * behaves as NULL in every operation; the declared kind only matters to exact equality and to the
 * Ion writer, which writes it back. One cached instance per declared kind.
 */
public final class NullValue extends Value {

    private static final NullValue[] BY_KIND = new NullValue[ValueKind.values().length];

    // Only typed nulls here: the untyped NULL is Value.NULL, created by Value itself, so that no
    // order of class initialization can observe a constant before it is set.
    static {
        for (ValueKind k : ValueKind.values()) {
            if (k != ValueKind.MISSING && k != ValueKind.NULL) {
                BY_KIND[k.ordinal()] = new NullValue(k);
            }
        }
    }

    private final ValueKind declaredKind;

    NullValue(ValueKind declaredKind) {
        super(ValueKind.NULL);
        this.declaredKind = declaredKind;
    }

    /** The NULL of {@code declaredKind}; {@link ValueKind#NULL} gives the untyped NULL. */
    public static NullValue of(ValueKind declaredKind) {
        if (declaredKind == ValueKind.MISSING) {
            throw new IllegalArgumentException("MISSING is not a type of NULL");
        }
        return declaredKind == ValueKind.NULL ? Value.NULL : BY_KIND[declaredKind.ordinal()];
    }

    private Object readResolve() {
        return of(declaredKind);
    }

    /** The kind of a typed null ({@code null.int} gives INT), or NULL when untyped. */
    public ValueKind declaredKind() {
        return declaredKind;
    }

    /** True for {@code null.int} and the like, false for the untyped NULL. */
    public boolean isTyped() {
        return declaredKind != ValueKind.NULL;
    }
}
