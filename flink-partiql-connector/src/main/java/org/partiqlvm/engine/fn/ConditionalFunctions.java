package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;

/**
 * {@code coalesce} and {@code nullif}, which look at MISSING and NULL arguments themselves ({@link
 * NullPolicy#CUSTOM}). Allocation-free; {@code out} may be one of the arguments.
 */
public final class ConditionalFunctions {

    private ConditionalFunctions() {}

    /** Registers COALESCE and NULLIF. */
    static void register(FunctionTable t) {
        t.addCustom(
                        "coalesce",
                        1,
                        FunctionTable.VARIADIC,
                        ConditionalFunctions::coalesce,
                        "The first argument that is neither MISSING nor NULL, else NULL.")
                .returns("any")
                .example("COALESCE(NULL, MISSING, 'x')", "'x'");
        t.addCustom(
                        "nullif",
                        2,
                        2,
                        ConditionalFunctions::nullif,
                        "NULL when the arguments are equal, else the first.")
                .returns("same as the first argument")
                .example("NULLIF(1, 1.0)", "NULL");
    }

    /**
     * {@code coalesce(a, b, ...)}: the first argument that is neither MISSING nor NULL; NULL when
     * all are (coalesce.ion).
     */
    public static void coalesce(Slot[] args, Slot out, CallSite site) {
        for (Slot a : args) {
            if (!a.isUnknown()) {
                out.copyFrom(a);
                return;
            }
        }
        out.setNull();
    }

    /**
     * {@code nullif(a, b)}: NULL when {@code a = b} is true, else {@code a} itself ({@code
     * nullif(missing, missing)} is MISSING, {@code nullif(2, '2')} is 2; nullif.ion).
     */
    public static void nullif(Slot[] args, Slot out, CallSite site) {
        if (Comparison.equalTruth(args[0], args[1]) == Truth.TRUE) {
            out.setNull();
        } else {
            out.copyFrom(args[0]);
        }
    }
}
