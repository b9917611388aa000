package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One element of a test case's {@code assert}: the expected result, the evaluation modes it applies
 * to (empty for syntax and static-analysis assertions) and, for {@code EvaluationSuccess}, the
 * expected output in the suite's Ion encoding ({@code $bag::[...]}, {@code $missing::null}, ...).
 *
 * @param output read-only; null unless {@code result} is {@link ExpectedResult#EVALUATION_SUCCESS}
 */
public record ConformanceAssertion(
        ExpectedResult result, Set<EvalMode> evalModes, IonValue output) {

    public ConformanceAssertion {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(evalModes, "evalModes");
        evalModes =
                Collections.unmodifiableSet(
                        evalModes.isEmpty()
                                ? EnumSet.noneOf(EvalMode.class)
                                : EnumSet.copyOf(evalModes));
    }

    /** True if this assertion applies when evaluating in {@code mode}. */
    public boolean appliesTo(EvalMode mode) {
        return evalModes.contains(mode);
    }
}
