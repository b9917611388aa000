package org.partiqlvm.plan;

import java.util.Objects;
import java.util.Set;

/**
 * What the planner knows about the environment a statement will run in.
 *
 * @param globals the names of the global bindings that exist (the stream name, or the top-level
 *     names of a conformance env); looked up case-insensitively unless the reference is quoted
 * @param strict static checking, for strict (EvalModeError) execution and for compile-only checks:
 *     a name that is neither a local variable nor a known global, a reference to a variable that is
 *     out of scope after GROUP BY, and a literal argument of the wrong type ({@link
 *     org.partiqlvm.plan.LiteralArgumentCheck}) are static errors. When false (permissive), an
 *     unknown name is planned as a {@link org.partiqlvm.plan.node.Global} that the engine resolves
 *     (and fails on) at run time, an out-of-scope variable reads as MISSING, and type errors are
 *     left to run time (where permissive mode turns them into MISSING)
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
