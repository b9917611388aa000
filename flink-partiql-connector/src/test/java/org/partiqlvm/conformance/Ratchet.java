package org.partiqlvm.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The checked-in list of test cases known to pass ({@code conformance/passing.txt}): a case on it
 * that no longer passes fails the build; a case that passes but is not on it is reported, and
 * {@code -Dpartiql.conformance.update=true} rewrites the list.
 *
 * <p>Format: one {@code category<TAB>id} per line, sorted by category then id; lines starting with
 * {@code #} and blank lines are ignored. An absent file is an empty list.
 */
public final class Ratchet {

    /** Where the list lives on the test classpath. */
    public static final String RESOURCE = "/conformance/passing.txt";

    /** The system property that makes the test rewrite the list instead of enforcing it. */
    public static final String UPDATE_PROPERTY = "partiql.conformance.update";

    private static final String HEADER =
            "# Test cases of the PartiQL conformance suite known to pass: category<TAB>id.\n"
                    + "# ConformanceTest fails if one of them stops passing. Generated; do not edit"
                    + " by hand:\n"
                    + "#   mvn -B verify -D"
                    + UPDATE_PROPERTY
                    + "=true\n"
                    + "# (see docs/conformance.md).\n";

    /** One line of the list. */
    public record Entry(Category category, String id) implements Comparable<Entry> {

        private static final Comparator<Entry> ORDER =
                Comparator.comparing((Entry entry) -> entry.category().label())
                        .thenComparing(Entry::id);

        public Entry {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public int compareTo(Entry other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return category.label() + "\t" + id;
        }
    }

    /** A listed case that no longer passes, and what happened to it instead. */
    public record Regression(Entry entry, String now) {}

    /**
     * The comparison of a run with the list.
     *
     * @param regressions listed cases of the categories that ran which did not pass
     * @param newlyPassing passing cases that are not listed
     */
    public record Comparison(List<Regression> regressions, List<Entry> newlyPassing) {

        public Comparison {
            regressions = List.copyOf(regressions);
            newlyPassing = List.copyOf(newlyPassing);
        }
    }

    private final SortedSet<Entry> listed;

    /** A ratchet holding {@code listed}. */
    public Ratchet(Collection<Entry> listed) {
        this.listed = Collections.unmodifiableSortedSet(new TreeSet<>(listed));
    }

    /** Reads {@link #RESOURCE}; an absent file gives an empty list. */
    public static Ratchet fromClasspath() {
        try (InputStream in = Ratchet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Ratchet(List.of());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the list; a malformed line is an exception naming its line number. */
    public static Ratchet parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines[i].split("\t", 2);
            if (fields.length != 2 || fields[1].isBlank()) {
                throw new IllegalArgumentException(
                        "passing.txt line "
                                + (i + 1)
                                + ": expected category<TAB>id, found: "
                                + line);
            }
            try {
                entries.add(new Entry(Category.fromLabel(fields[0].strip()), fields[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "passing.txt line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Ratchet(entries);
    }

    /** The listed cases, sorted. */
    public SortedSet<Entry> listed() {
        return listed;
    }

    /**
     * Compares a run with the list. Only the categories in {@code ran} are judged: entries of other
     * categories are neither regressions nor dropped.
     */
    public Comparison compare(Collection<Category> ran, Collection<CaseResult> results) {
        return compare(ran, results, id -> true);
    }

    /**
     * Compares a run of only the cases whose id satisfies {@code inScope} (a {@link CaseFilter}):
     * listed entries outside it are neither regressions nor dropped.
     */
    public Comparison compare(
            Collection<Category> ran, Collection<CaseResult> results, Predicate<String> inScope) {
        Map<Entry, CaseResult> byEntry = new HashMap<>();
        for (CaseResult result : results) {
            byEntry.put(new Entry(result.category(), result.id()), result);
        }
        List<Regression> regressions = new ArrayList<>();
        for (Entry entry : listed) {
            if (!ran.contains(entry.category()) || !inScope.test(entry.id())) {
                continue;
            }
            CaseResult result = byEntry.get(entry);
            if (result == null) {
                regressions.add(new Regression(entry, "no longer in the suite"));
            } else if (result.outcome() != Outcome.PASS) {
                String detail = result.verdict().detail();
                regressions.add(
                        new Regression(
                                entry, result.outcome() + (detail.isEmpty() ? "" : ": " + detail)));
            }
        }
        List<Entry> newlyPassing = new ArrayList<>();
        for (CaseResult result : results) {
            Entry entry = new Entry(result.category(), result.id());
            if (result.outcome() == Outcome.PASS && !listed.contains(entry)) {
                newlyPassing.add(entry);
            }
        }
        Collections.sort(newlyPassing);
        return new Comparison(regressions, newlyPassing);
    }

    /**
     * The list after a run: the passing cases of the categories in {@code ran}, plus the listed
     * cases of the categories that did not run (kept as they are).
     */
    public Ratchet updated(Collection<Category> ran, Collection<CaseResult> results) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : listed) {
            if (!ran.contains(entry.category())) {
                entries.add(entry);
            }
        }
        for (CaseResult result : results) {
            if (ran.contains(result.category()) && result.outcome() == Outcome.PASS) {
                entries.add(new Entry(result.category(), result.id()));
            }
        }
        return new Ratchet(entries);
    }

    /** The file content: a header comment, then one sorted entry per line. */
    public String format() {
        StringBuilder text = new StringBuilder(HEADER);
        for (Entry entry : listed) {
            text.append(entry).append('\n');
        }
        return text.toString();
    }
}
