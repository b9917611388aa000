package org.partiqlvm.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs each case through the judge of every category it belongs to, honouring the skip list. */
public final class ConformanceRun {

    private ConformanceRun() {}

    /**
     * The verdicts on every (category, case) pair for the categories in {@code judges}, sorted by
     * {@link CaseResult#ORDER}.
     */
    public static List<CaseResult> run(
            List<ConformanceCase> cases, Map<Category, CaseJudge> judges, SkipList skips) {
        List<CaseResult> results = new ArrayList<>();
        for (ConformanceCase testCase : cases) {
            for (Map.Entry<Category, CaseJudge> judge : judges.entrySet()) {
                Category category = judge.getKey();
                if (!category.contains(testCase)) {
                    continue;
                }
                String skipReason = skips.reasonFor(category, testCase.id());
                long start = System.nanoTime();
                Verdict verdict =
                        skipReason != null
                                ? Verdict.skip(skipReason)
                                : judge.getValue().judge(testCase);
                long nanos = System.nanoTime() - start;
                results.add(new CaseResult(category, testCase.id(), verdict, nanos));
            }
        }
        results.sort(CaseResult.ORDER);
        return List.copyOf(results);
    }
}
