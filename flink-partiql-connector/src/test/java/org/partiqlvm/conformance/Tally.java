package org.partiqlvm.conformance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of one category. The pass rate is {@code passed / (passed + failed)}: skipped cases
 * are left out of it.
 */
public record Tally(int passed, int failed, int skipped) {

    /** One tally per category that ran (zero counts included), in category order. */
    public static Map<Category, Tally> byCategory(
            Collection<Category> ran, Collection<CaseResult> results) {
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        for (Category category : ran) {
            counts.put(category, new int[Outcome.values().length]);
        }
        for (CaseResult result : results) {
            int[] count = counts.get(result.category());
            if (count != null) {
                count[result.outcome().ordinal()]++;
            }
        }
        Map<Category, Tally> tallies = new EnumMap<>(Category.class);
        counts.forEach(
                (category, count) ->
                        tallies.put(
                                category,
                                new Tally(
                                        count[Outcome.PASS.ordinal()],
                                        count[Outcome.FAIL.ordinal()],
                                        count[Outcome.SKIP.ordinal()])));
        return tallies;
    }

    /** Cases that were run (passed or failed). */
    public int run() {
        return passed + failed;
    }

    /** {@code passed / run}, or 1 when nothing ran. */
    public double passRate() {
        return run() == 0 ? 1.0 : (double) passed / run();
    }

    /**
     * The pass rate as a percentage with one decimal, rounded half up but never to 100.0% while a
     * case fails nor to 0.0% while one passes.
     */
    public String percent() {
        long tenths = Math.round(passRate() * 1000.0);
        if (failed > 0) {
            tenths = Math.min(tenths, 999);
        }
        if (passed > 0) {
            tenths = Math.max(tenths, 1);
        }
        return (tenths / 10) + "." + (tenths % 10) + "%";
    }
}
