package org.partiqlvm.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The optional {@code -Dpartiql.conformance.filter=<substring>}: run only the test cases whose id
 * contains the substring, ignoring case, to iterate quickly on one area (e.g. {@code
 * -Dpartiql.conformance.filter=primitives/functions/trim}). A filtered run checks the ratchet only
 * for the cases it ran, skips the minimum pass rates and the stale-skip check (they describe the
 * whole suite), and refuses to rewrite {@code passing.txt}.
 *
 * @param substring the text ids must contain; empty for no filter
 */
public record CaseFilter(String substring) {

    /** The system property that sets the filter. */
    public static final String PROPERTY = "partiql.conformance.filter";

    /** No filter: every case runs. */
    public static final CaseFilter NONE = new CaseFilter("");

    public CaseFilter {
        Objects.requireNonNull(substring, "substring");
    }

    /** The filter named by {@link #PROPERTY}, or {@link #NONE} when it is unset or empty. */
    public static CaseFilter fromSystem() {
        String value = System.getProperty(PROPERTY);
        return value == null ? NONE : new CaseFilter(value);
    }

    /** True unless this is {@link #NONE}. */
    public boolean isActive() {
        return !substring.isEmpty();
    }

    /** True if {@code id} contains the substring, ignoring case (always, without a filter). */
    public boolean matches(String id) {
        return id.toLowerCase(Locale.ROOT).contains(substring.toLowerCase(Locale.ROOT));
    }

    /** The cases whose id matches, in their order. */
    public List<ConformanceCase> select(List<ConformanceCase> cases) {
        if (!isActive()) {
            return cases;
        }
        List<ConformanceCase> selected = new ArrayList<>();
        for (ConformanceCase testCase : cases) {
            if (matches(testCase.id())) {
                selected.add(testCase);
            }
        }
        return selected;
    }
}
