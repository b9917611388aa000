package org.partiqlvm.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.plan.PlannerOptions;

/**
 * What a statement is compiled for: the evaluation mode, the names of the global inputs an
 * execution will bind (the stream name, or the tables of an environment), and the user-defined
 * functions its calls may name.
 *
 * <pre>{@code
 * CompileOptions.forStream("stream").withMode(EvalMode.ERROR).withUdfs(udfs)
 * }</pre>
 *
 * @param mode COERCE (permissive, the default) or ERROR (strict)
 * @param globals the global names, in the index order {@link Bindings} uses
 * @param udfs the user-defined functions (their signatures are checked at compile time; a VM
 *     running the plan must be given a registry that provides them)
 */
public record CompileOptions(EvalMode mode, List<String> globals, UdfRegistry udfs) {

    public CompileOptions {
        Objects.requireNonNull(mode, "mode");
        globals = List.copyOf(globals);
        udfs = udfs == null ? UdfRegistry.empty() : udfs;
    }

    /** Options without user-defined functions. */
    public CompileOptions(EvalMode mode, List<String> globals) {
        this(mode, globals, UdfRegistry.empty());
    }

    /** Options for the streaming convention: one global, the stream, bound per record. */
    public static CompileOptions forStream(String streamName) {
        return new CompileOptions(EvalMode.COERCE, List.of(streamName));
    }

    /** Options with the given globals, in permissive mode. */
    public static CompileOptions withGlobals(List<String> globals) {
        return new CompileOptions(EvalMode.COERCE, globals);
    }

    /** The same options in another evaluation mode. */
    public CompileOptions withMode(EvalMode newMode) {
        return new CompileOptions(newMode, globals, udfs);
    }

    /** The same options with these user-defined functions (null for none). */
    public CompileOptions withUdfs(UdfRegistry registry) {
        return new CompileOptions(mode, globals, registry);
    }

    /**
     * What the planner is told for these options: the globals, and static checks in strict mode
     * ({@link EvalMode#ERROR}); for callers that plan a statement themselves, then hand the plan to
     * {@link PlanCompiler#compile(org.partiqlvm.plan.LogicalPlan, CompileOptions)}.
     */
    public PlannerOptions plannerOptions() {
        return PlannerOptions.withGlobals(new HashSet<>(globals)).strict(mode == EvalMode.ERROR);
    }
}
