package org.partiqlvm.conformance;

import java.util.Comparator;
import java.util.Objects;

/**
 * The verdict on one test case (by id) in one category, and how long judging it took: one line of
 * {@code results.tsv}.
 */
public record CaseResult(Category category, String id, Verdict verdict, long nanos) {

    /** Report order: by id, then by category. */
    public static final Comparator<CaseResult> ORDER =
            Comparator.comparing(CaseResult::id).thenComparing(CaseResult::category);

    public CaseResult {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A result whose time was not measured. */
    public CaseResult(Category category, String id, Verdict verdict) {
        this(category, id, verdict, 0);
    }

    /** The outcome of the verdict. */
    public Outcome outcome() {
        return verdict.outcome();
    }
}
