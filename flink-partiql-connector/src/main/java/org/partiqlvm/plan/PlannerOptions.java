package org.partiqlvm.plan;

import java.util.Objects;
import java.util.Set;

/**
 * What the planner knows about the environment a statement will run in.
 *
 * @param globals the names of the global bindings that exist (the stream name, or the top-level
 *     names of a conformance env); looked up case-insensitively unless the reference is quoted
 * @param strict when true, a name that is neither a local variable nor a known global is a static
 *     error; when false it is planned as a {@link org.partiqlvm.plan.expr.Global} that the engine
 *     resolves (and fails on) at run time
 * @param dynamicResolution when true, an unqualified name that is not a variable, in a query with
 *     FROM variables, is looked up as a field of their values (SQL style: {@code SELECT a FROM t}
 *     is {@code SELECT t.a FROM t}); when false such a name is a global
 */
public record PlannerOptions(Set<String> globals, boolean strict, boolean dynamicResolution) {

    public PlannerOptions {
        globals = Set.copyOf(Objects.requireNonNull(globals, "globals"));
    }

    /** Permissive options with dynamic resolution over the given globals. */
    public static PlannerOptions withGlobals(Set<String> globals) {
        return new PlannerOptions(globals, false, true);
    }

    /** The same options in strict mode (or not). */
    public PlannerOptions strict(boolean value) {
        return new PlannerOptions(globals, value, dynamicResolution);
    }
}
