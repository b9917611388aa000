package org.partiqlvm.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The checked-in list of test cases that are not run ({@code conformance/skips.txt}), each with its
 * reason. A case is skipped only if this list says so.
 *
 * <p>Format: one entry per line, {@code category<TAB>id-or-prefix<TAB>reason}; blank lines and
 * lines starting with {@code #} are ignored. An entry matches the id itself, its duplicates ({@code
 * id#2}) and every id below it ({@code prefix/...}), so {@code eval/experimental/graph} covers the
 * whole folder.
 */
public final class SkipList {

    /** Where the list lives on the test classpath. */
    public static final String RESOURCE = "/conformance/skips.txt";

    /** One line of the list. */
    public record Entry(Category category, String idOrPrefix, String reason, int line) {

        public Entry {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(idOrPrefix, "idOrPrefix");
            Objects.requireNonNull(reason, "reason");
        }

        /** True if this entry covers {@code id} in {@code category}. */
        public boolean matches(Category category, String id) {
            return this.category == category
                    && (id.equals(idOrPrefix)
                            || id.startsWith(idOrPrefix + "/")
                            || id.startsWith(idOrPrefix + "#"));
        }

        @Override
        public String toString() {
            return "skips.txt line " + line + " (" + category.label() + " " + idOrPrefix + ")";
        }
    }

    private final List<Entry> entries;

    private SkipList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads {@link #RESOURCE}, which must exist. */
    public static SkipList fromClasspath() {
        try (InputStream in = SkipList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the list; a malformed line is an exception naming its line number. */
    public static SkipList parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = lines[i].split("\t", 3);
            if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
                throw new IllegalArgumentException(
                        "skips.txt line "
                                + (i + 1)
                                + ": expected category<TAB>id-or-prefix<TAB>reason, found: "
                                + line);
            }
            Category category;
            try {
                category = Category.fromLabel(fields[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "skips.txt line " + (i + 1) + ": " + e.getMessage(), e);
            }
            entries.add(new Entry(category, fields[1].strip(), fields[2].strip(), i + 1));
        }
        return new SkipList(entries);
    }

    /** The entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The reason {@code id} is skipped in {@code category}, or null if it is not. */
    public String reasonFor(Category category, String id) {
        for (Entry entry : entries) {
            if (entry.matches(category, id)) {
                return entry.reason();
            }
        }
        return null;
    }

    /**
     * The entries of the categories that ran which skipped nothing: stale lines that would hide a
     * typo or a suite change.
     */
    public List<Entry> unused(Collection<Category> ran, Collection<CaseResult> results) {
        List<Entry> unused = new ArrayList<>();
        for (Entry entry : entries) {
            if (!ran.contains(entry.category())) {
                continue;
            }
            boolean used = false;
            for (CaseResult result : results) {
                if (result.outcome() == Outcome.SKIP
                        && entry.matches(result.category(), result.id())) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                unused.add(entry);
            }
        }
        return unused;
    }
}
