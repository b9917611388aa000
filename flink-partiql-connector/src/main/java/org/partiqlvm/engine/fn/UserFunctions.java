package org.partiqlvm.engine.fn;

import java.util.List;

/**
 * The user-defined functions a statement may call, as the plan compiler looks them up: the narrow
 * view of {@link org.partiqlvm.engine.UdfRegistry} (the implementation users build) that lets the
 * compiler sit beneath the engine's public API.
 */
public interface UserFunctions {

    /**
     * The definition of {@code name} (any case) that accepts {@code arity} arguments, or null when
     * there is none.
     */
    FunctionDefinition lookup(String name, int arity);

    /** The definitions of {@code name} (any case), possibly none. */
    List<FunctionDefinition> definitions(String name);

    /** Whether {@code name} (any case) has a definition, whatever its arity. */
    boolean isDefined(String name);
}
