package org.partiqlvm.engine.fn;

/** How a function call treats MISSING and NULL arguments before the function runs. */
public enum NullPolicy {
    /**
     * The caller handles unknowns: if any argument is MISSING the result is MISSING, else if any is
     * NULL the result is NULL; the function only ever sees known values. Most functions.
     */
    PROPAGATE,
    /** The function sees every argument as is and decides (COALESCE, NULLIF, EXISTS, ...). */
    CUSTOM
}
