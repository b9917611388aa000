package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.PartiQLException;

/**
 * Runs the official PartiQL conformance suite ({@code partiql/partiql-tests}) against PartiQLVM and
 * holds the result to the checked-in ratchet. See {@code docs/conformance.md}.
 *
 * <p>Fails if a case listed in {@code conformance/passing.txt} no longer passes, if a category's
 * pass rate falls below its {@link Category#minimumPassRate()}, if a category has no case, or if a
 * {@code skips.txt} entry skips nothing. Skipped (a JUnit assumption) when the suite is absent,
 * except with {@code CI=true}, where that fails.
 */
class ConformanceTest {

    /** How many offending cases a failure message lists before pointing to results.tsv. */
    private static final int LISTED_AT_MOST = 40;

    /**
     * What the message of an engine error says when the engine lacks a feature (the planner's and
     * compiler's stubs: "Pivot is not supported yet"); such an error never passes a case.
     */
    static final String UNSUPPORTED_MARKER = "not supported yet";

    /**
     * The judge of every category that runs: the syntax categories always, the evaluation
     * categories when {@code engine} is given (null: they are reported as not run).
     */
    static Map<Category, CaseJudge> judges(EvaluationProbe engine) {
        ParseProbe parser = ParseProbe.partiqlParser();
        Map<Category, CaseJudge> judges = new EnumMap<>(Category.class);
        judges.put(Category.SYNTAX_SUCCESS, SyntaxJudges.mustParse(parser));
        judges.put(Category.SYNTAX_FAIL, SyntaxJudges.mustReject(parser));
        judges.put(Category.EVAL_PARSE, SyntaxJudges.mustParse(parser));
        if (engine != null) {
            judges.put(Category.EVAL_COERCE, EvalJudges.inMode(engine, EvalMode.COERCE));
            judges.put(Category.EVAL_ERROR, EvalJudges.inMode(engine, EvalMode.ERROR));
            judges.put(Category.EVAL_EQUIV, EvalJudges.equivalence(engine));
            judges.put(Category.STATIC_FAIL, EvalJudges.mustReject(engine));
        }
        return judges;
    }

    /**
     * The probe of PartiQLVM, which refuses statements with {@link PartiQLException}; one whose
     * message says {@value #UNSUPPORTED_MARKER} reports a missing feature.
     */
    static EvaluationProbe engineProbe() {
        return new EvaluationProbe(
                new EngineEvaluationHook(),
                PartiQLException.class,
                error -> String.valueOf(error.getMessage()).contains(UNSUPPORTED_MARKER),
                EvaluationProbe.DEFAULT_TIMEOUT);
    }

    @Test
    void officialSuite() throws IOException {
        SuiteLocator.requireDataDir(); // aborts, or fails under CI=true, without the suite
        SuiteLocator locator = SuiteLocator.fromSystem();
        CaseFilter filter = CaseFilter.fromSystem();
        if (filter.isActive() && Boolean.getBoolean(Ratchet.UPDATE_PROPERTY)) {
            fail(
                    "-D"
                            + Ratchet.UPDATE_PROPERTY
                            + "=true rewrites passing.txt from a whole run; drop -D"
                            + CaseFilter.PROPERTY
                            + ".");
        }

        long start = System.nanoTime();
        LoadedSuite suite = SuiteLoader.load(locator.dataDir());
        List<ConformanceCase> cases = filter.select(suite.cases());
        long loaded = System.nanoTime();
        SkipList skips = SkipList.fromClasspath();
        Map<Category, CaseJudge> judges;
        List<CaseResult> results;
        int hung;
        try (EvaluationProbe engine = engineProbe()) {
            judges = judges(engine);
            results = ConformanceRun.run(cases, judges, skips);
            hung = engine == null ? 0 : engine.hungCount();
        }
        long judged = System.nanoTime();

        Map<Category, Tally> tallies = Tally.byCategory(judges.keySet(), results);
        ConformanceReport report = new ConformanceReport(suite, tallies, results, filter);
        Path reportDir = ConformanceReport.directory(locator.repoRoot());
        report.write(reportDir);
        System.out.printf(
                Locale.ROOT,
                "conformance suite: %d cases from %d files in %s (%d duplicate ids renamed);"
                        + " loaded in %d ms, judged %d cases in %d ms%n",
                suite.cases().size(),
                suite.fileCount(),
                locator.dataDir(),
                suite.duplicateIds(),
                (loaded - start) / 1_000_000,
                cases.size(),
                (judged - loaded) / 1_000_000);
        report.consoleLines().forEach(System.out::println);
        report.slowestLines().forEach(System.out::println);
        System.out.println("conformance reports: " + reportDir);

        if (hung > 0) {
            System.out.println(
                    "conformance WARNING: "
                            + hung
                            + " evaluation(s) timed out after "
                            + EvaluationProbe.DEFAULT_TIMEOUT.toSeconds()
                            + " s and left a thread spinning (grep 'timed out' in results.tsv);"
                            + " after "
                            + EvaluationProbe.MAX_HUNG
                            + ", no further case is evaluated");
        }

        List<String> problems = new ArrayList<>();
        checkRatchet(locator, judges, results, filter, problems);
        if (filter.isActive()) {
            System.out.println(
                    "conformance: filtered run, so the minimum pass rates and skips.txt are not"
                            + " checked");
        } else {
            checkRates(tallies, problems);
            checkSkips(skips, judges, results, problems);
        }
        if (!problems.isEmpty()) {
            fail(
                    "PartiQL conformance failed:\n- "
                            + String.join("\n- ", problems)
                            + "\nAll results: "
                            + reportDir.resolve("results.tsv"));
        }
    }

    private static void checkRatchet(
            SuiteLocator locator,
            Map<Category, CaseJudge> judges,
            List<CaseResult> results,
            CaseFilter filter,
            List<String> problems)
            throws IOException {
        Ratchet ratchet = Ratchet.fromClasspath();
        Ratchet.Comparison comparison = ratchet.compare(judges.keySet(), results, filter::matches);
        if (Boolean.getBoolean(Ratchet.UPDATE_PROPERTY)) {
            Ratchet updated = ratchet.updated(judges.keySet(), results);
            Path file = passingFile(locator.repoRoot());
            Files.createDirectories(file.getParent());
            Files.writeString(file, updated.format());
            System.out.printf(
                    Locale.ROOT,
                    "conformance ratchet: wrote %d entries to %s (%d added, %d removed)%n",
                    updated.listed().size(),
                    file,
                    comparison.newlyPassing().size(),
                    comparison.regressions().size());
            return;
        }
        List<Ratchet.Regression> regressions = comparison.regressions();
        if (!regressions.isEmpty()) {
            StringBuilder text =
                    new StringBuilder()
                            .append(regressions.size())
                            .append(" test(s) listed in src/test/resources")
                            .append(Ratchet.RESOURCE)
                            .append(" no longer pass (category, id, what happens now):");
            for (int i = 0; i < Math.min(regressions.size(), LISTED_AT_MOST); i++) {
                Ratchet.Regression regression = regressions.get(i);
                text.append("\n    ")
                        .append(regression.entry())
                        .append('\t')
                        .append(regression.now());
            }
            if (regressions.size() > LISTED_AT_MOST) {
                text.append("\n    ... and ")
                        .append(regressions.size() - LISTED_AT_MOST)
                        .append(" more");
            }
            text.append(
                    "\n  If a regression is intended, rewrite the list with -D"
                            + Ratchet.UPDATE_PROPERTY
                            + "=true.");
            problems.add(text.toString());
        }
        if (!comparison.newlyPassing().isEmpty()) {
            System.out.println(
                    "conformance ratchet: "
                            + comparison.newlyPassing().size()
                            + " tests now pass that are not in passing.txt; run `mvn -B verify -D"
                            + Ratchet.UPDATE_PROPERTY
                            + "=true` (or `mvn -B -pl "
                            + ConformanceReport.MODULE
                            + " test -Dtest=ConformanceTest -D"
                            + Ratchet.UPDATE_PROPERTY
                            + "=true`) to add them");
        }
    }

    private static void checkRates(Map<Category, Tally> tallies, List<String> problems) {
        tallies.forEach(
                (category, tally) -> {
                    if (tally.run() + tally.skipped() == 0) {
                        problems.add(
                                category.label()
                                        + ": the suite has no test case in this category (did its"
                                        + " folders move?)");
                    } else if (tally.passRate() < category.minimumPassRate()) {
                        problems.add(
                                String.format(
                                        Locale.ROOT,
                                        "%s: pass rate %s (%d/%d) is below the minimum %.1f%%"
                                                + " set in Category",
                                        category.label(),
                                        tally.percent(),
                                        tally.passed(),
                                        tally.run(),
                                        category.minimumPassRate() * 100.0));
                    }
                });
    }

    private static void checkSkips(
            SkipList skips,
            Map<Category, CaseJudge> judges,
            List<CaseResult> results,
            List<String> problems) {
        for (SkipList.Entry entry : skips.unused(judges.keySet(), results)) {
            problems.add(entry + " skips no test case; remove or correct it");
        }
    }

    /** The checked-in list in the source tree (not the copy in target/test-classes). */
    private static Path passingFile(Path repoRoot) {
        return repoRoot.resolve(ConformanceReport.MODULE)
                .resolve("src/test/resources")
                .resolve(Ratchet.RESOURCE.substring(1));
    }
}
