package org.partiqlvm.conformance;

import java.util.Comparator;
import java.util.Objects;

/** The verdict on one test case (by id) in one category: one line of {@code results.tsv}. */
public record CaseResult(Category category, String id, Verdict verdict) {

    /** Report order: by id, then by category. */
    public static final Comparator<CaseResult> ORDER =
            Comparator.comparing(CaseResult::id).thenComparing(CaseResult::category);

    public CaseResult {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The outcome of the verdict. */
    public Outcome outcome() {
        return verdict.outcome();
    }
}
