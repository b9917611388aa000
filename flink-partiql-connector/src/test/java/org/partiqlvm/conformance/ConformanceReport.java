package org.partiqlvm.conformance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The reports of a run: {@code summary.json} (counts per category), {@code results.tsv} (one line
 * per case and category) and one console line per category.
 */
public final class ConformanceReport {

    /** The module whose {@code target/} receives the reports. */
    static final String MODULE = "flink-partiql-connector";

    private final LoadedSuite suite;
    private final Map<Category, Tally> tallies;
    private final List<CaseResult> results;
    private final CaseFilter filter;

    /**
     * A report of {@code results} (for the categories that are keys of {@code tallies}) over {@code
     * suite}.
     */
    public ConformanceReport(
            LoadedSuite suite, Map<Category, Tally> tallies, Collection<CaseResult> results) {
        this(suite, tallies, results, CaseFilter.NONE);
    }

    /** A report of a run restricted to the cases {@code filter} selects. */
    public ConformanceReport(
            LoadedSuite suite,
            Map<Category, Tally> tallies,
            Collection<CaseResult> results,
            CaseFilter filter) {
        this.filter = filter;
        this.suite = suite;
        this.tallies = Map.copyOf(tallies);
        List<CaseResult> sorted = new ArrayList<>(results);
        sorted.sort(CaseResult.ORDER);
        this.results = List.copyOf(sorted);
    }

    /**
     * {@code <module>/target/partiql-conformance} under the repository root, or under the working
     * directory when the module folder is not found there.
     */
    public static Path directory(Path repoRoot) {
        Path module = repoRoot.resolve(MODULE);
        Path base = Files.isDirectory(module) ? module : Path.of("").toAbsolutePath();
        return base.resolve("target").resolve("partiql-conformance");
    }

    /** How many of the slowest cases {@link #slowestLines()} lists. */
    static final int SLOWEST = 10;

    /**
     * Writes {@code summary.json} and {@code results.tsv} (with each case's time in milliseconds)
     * into {@code directory}.
     */
    public void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("summary.json"), summaryJson());
            Files.writeString(directory.resolve("results.tsv"), resultsTsv());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + directory, e);
        }
    }

    /**
     * One line per category, e.g. {@code conformance syntax-success: 327/328 passed (99.6%), 1
     * failed, 0 skipped}; the categories that did not run say so.
     */
    public List<String> consoleLines() {
        List<String> lines = new ArrayList<>();
        if (filter.isActive()) {
            lines.add(
                    "conformance filter: only ids containing '"
                            + filter.substring()
                            + "' (-D"
                            + CaseFilter.PROPERTY
                            + ")");
        }
        for (Category category : Category.values()) {
            Tally tally = tallies.get(category);
            if (tally == null) {
                lines.add(
                        "conformance "
                                + category.label()
                                + ": not run (needs an EvaluationHook from the engine)");
            } else {
                lines.add(
                        "conformance "
                                + category.label()
                                + ": "
                                + tally.passed()
                                + "/"
                                + tally.run()
                                + " passed ("
                                + tally.percent()
                                + "), "
                                + tally.failed()
                                + " failed, "
                                + tally.skipped()
                                + " skipped");
            }
        }
        return lines;
    }

    /**
     * The {@value #SLOWEST} slowest (category, case) judgements, slowest first, e.g. {@code
     * conformance slowest: 812 ms eval-error eval/query/...}.
     */
    public List<String> slowestLines() {
        List<CaseResult> byTime = new ArrayList<>(results);
        byTime.sort(java.util.Comparator.comparingLong(CaseResult::nanos).reversed());
        List<String> lines = new ArrayList<>();
        for (CaseResult r : byTime.subList(0, Math.min(SLOWEST, byTime.size()))) {
            lines.add(
                    String.format(
                            java.util.Locale.ROOT,
                            "conformance slowest: %6d ms %s %s",
                            r.nanos() / 1_000_000,
                            r.category().label(),
                            r.id()));
        }
        return lines;
    }

    /**
     * The JSON summary: suite size, the filter of a filtered run, then passed/failed/skipped per
     * category that ran.
     */
    public String summaryJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("suite");
            json.writeNumberField("files", suite.fileCount());
            json.writeNumberField("cases", suite.cases().size());
            json.writeNumberField("duplicateIds", suite.duplicateIds());
            json.writeEndObject();
            if (filter.isActive()) {
                json.writeStringField("filter", filter.substring());
            }
            json.writeObjectFieldStart("categories");
            for (Category category : Category.values()) {
                Tally tally = tallies.get(category);
                if (tally == null) {
                    continue;
                }
                json.writeObjectFieldStart(category.label());
                json.writeNumberField("passed", tally.passed());
                json.writeNumberField("failed", tally.failed());
                json.writeNumberField("skipped", tally.skipped());
                json.writeNumberField("passRate", round(tally.passRate()));
                json.writeNumberField("minimumPassRate", category.minimumPassRate());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("notRun");
            for (Category category : Category.values()) {
                if (!tallies.containsKey(category)) {
                    json.writeString(category.label());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * Tab-separated: a header, then id, category, outcome and detail per result, sorted by id. The
     * detail is why a case failed or was skipped, or a note on a pass (empty for most).
     */
    public String resultsTsv() {
        StringBuilder tsv = new StringBuilder("id\tcategory\toutcome\tms\tdetail\n");
        for (CaseResult result : results) {
            tsv.append(result.id())
                    .append('\t')
                    .append(result.category().label())
                    .append('\t')
                    .append(result.outcome())
                    .append('\t')
                    .append(result.nanos() / 1_000_000)
                    .append('\t')
                    .append(result.verdict().detail())
                    .append('\n');
        }
        return tsv.toString();
    }

    private static double round(double rate) {
        return Math.round(rate * 10000.0) / 10000.0;
    }
}
