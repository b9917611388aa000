package org.partiqlvm.engine.fn;

import java.io.Serializable;
import org.partiqlvm.value.Value;

/**
 * Prepares a call at plan time from its literal arguments: {@code REGEXP_LIKE(s, '^a+$')} compiles
 * its pattern once instead of once per row.
 */
@FunctionalInterface
public interface Specializer extends Serializable {

    /**
     * An implementation for a call whose literal arguments are known, or null to keep the general
     * one.
     *
     * @param literals per argument, its value when it is a literal, else null
     * @return the implementation to run (it still receives every argument), or null
     * @throws IllegalArgumentException when a literal can never be valid (an invalid pattern); the
     *     message says why and becomes a planning error
     */
    ScalarFunction specialize(Value[] literals);
}
