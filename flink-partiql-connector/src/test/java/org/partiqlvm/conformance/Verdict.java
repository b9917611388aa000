package org.partiqlvm.conformance;

import java.util.Objects;

/**
 * A judge's finding on one test case: the outcome and a one-line detail: the reason for a failure
 * or a skip, an optional note for a pass (why an expected error happened, a match by value only).
 */
public record Verdict(Outcome outcome, String detail) {

    private static final Verdict PASS = new Verdict(Outcome.PASS, "");

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        detail = firstLine(Objects.requireNonNull(detail, "detail"));
    }

    /** The case passed. */
    public static Verdict pass() {
        return PASS;
    }

    /** The case passed, with a note for the report ("" for none). */
    public static Verdict pass(String note) {
        return note.isEmpty() ? PASS : new Verdict(Outcome.PASS, note);
    }

    /** The case failed, for the given reason. */
    public static Verdict fail(String reason) {
        return new Verdict(Outcome.FAIL, reason);
    }

    /** The case was not run, for the given reason. */
    public static Verdict skip(String reason) {
        return new Verdict(Outcome.SKIP, reason);
    }

    /** The first line of {@code text}, with tabs turned into spaces, so reports stay one line. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.replace('\r', ' ').replace('\t', ' ').strip();
    }
}
