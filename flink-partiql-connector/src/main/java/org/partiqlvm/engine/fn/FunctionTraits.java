package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.Objects;
import org.partiqlvm.value.ValueKind;

/**
 * What the planner and the documentation know about a function beyond its parameters: its static
 * result type, whether it is deterministic, an example with its result, and how a call with literal
 * arguments is prepared at plan time.
 *
 * @param resultKind the kind of every known result, or null when the arguments or the data decide
 * @param resultText the result type for the documentation ({@code "STRING"}, {@code "same as the
 *     argument"})
 * @param deterministic false for functions whose result differs between calls with the same
 *     arguments ({@code UUID()}, {@code UTCNOW()}): never evaluated ahead of time or shared
 * @param example an expression calling the function, or null
 * @param exampleResult what {@code example} evaluates to, printed as a PartiQL literal (for a
 *     non-deterministic function, a sample)
 * @param specializer prepares calls whose arguments are literals (a regular expression compiled
 *     once), or null
 */
public record FunctionTraits(
        ValueKind resultKind,
        String resultText,
        boolean deterministic,
        String example,
        String exampleResult,
        Specializer specializer)
        implements Serializable {

    /** Nothing known: any result, deterministic, no example. */
    public static final FunctionTraits NONE =
            new FunctionTraits(null, "any", true, null, null, null);

    public FunctionTraits {
        Objects.requireNonNull(resultText, "resultText");
        if ((example == null) != (exampleResult == null)) {
            throw new IllegalArgumentException("an example needs its result and vice versa");
        }
    }

    /** These traits with the result kind {@code kind} (and its name as the result text). */
    public FunctionTraits withResult(ValueKind kind) {
        return new FunctionTraits(
                kind, kind.displayName(), deterministic, example, exampleResult, specializer);
    }

    /**
     * These traits with a result decided by the arguments or the data, described as {@code text}.
     */
    public FunctionTraits withResult(String text) {
        return new FunctionTraits(null, text, deterministic, example, exampleResult, specializer);
    }

    /** These traits with an example and its printed result. */
    public FunctionTraits withExample(String expression, String result) {
        return new FunctionTraits(
                resultKind, resultText, deterministic, expression, result, specializer);
    }

    /** These traits marked non-deterministic. */
    public FunctionTraits nonDeterministic() {
        return new FunctionTraits(
                resultKind, resultText, false, example, exampleResult, specializer);
    }

    /** These traits with a plan-time preparation of calls with literal arguments. */
    public FunctionTraits withSpecializer(Specializer s) {
        return new FunctionTraits(resultKind, resultText, deterministic, example, exampleResult, s);
    }
}
