package org.partiqlvm.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a statement is compiled for: the evaluation mode and the names of the global inputs an
 * execution will bind (the stream name, or the tables of an environment).
 *
 * <pre>{@code
 * CompileOptions.forStream("stream").withMode(EvalMode.ERROR)
 * }</pre>
 *
 * @param mode COERCE (permissive, the default) or ERROR (strict)
 * @param globals the global names, in the index order {@link Bindings} uses
 */
public record CompileOptions(EvalMode mode, List<String> globals) {

    public CompileOptions {
        Objects.requireNonNull(mode, "mode");
        globals = List.copyOf(globals);
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
        return new CompileOptions(newMode, globals);
    }
}
