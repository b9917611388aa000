package org.partiqlvm.examples.cli;

/** What the CLI does with a bad input record (malformed, or one the statement fails on). */
public enum OnError {
    /** Stop at the first bad record: its line and the error on stderr, exit code 2. */
    FAIL,
    /** Drop bad records silently. */
    SKIP,
    /** Drop bad records, each reported on stderr with its line; exit code 0. */
    REPORT
}
