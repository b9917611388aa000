package org.partiqlvm.conformance;

/**
 * Decides whether one test case passes in one category. A judge must not throw for anything the
 * implementation under test does (a crash is a {@link Verdict#fail}); it throws only for its own
 * bugs.
 */
@FunctionalInterface
public interface CaseJudge {

    /** Runs what the category requires on {@code testCase} and returns the finding. */
    Verdict judge(ConformanceCase testCase);
}
