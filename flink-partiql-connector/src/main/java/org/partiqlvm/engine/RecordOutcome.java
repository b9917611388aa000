package org.partiqlvm.engine;

import java.util.Objects;

/**
 * How one record ended in a {@link RecordRunner}: {@link #OK} (its rows are in the runner), or a
 * bad record with its {@link BadRecordReason}, the typed error and, when known, the error's line
 * and column (in the record for {@link BadRecordReason#MALFORMED_RECORD}, in the statement
 * otherwise).
 */
public final class RecordOutcome {

    /** The record ran to the end; its rows are in the runner. */
    public static final RecordOutcome OK = new RecordOutcome(null, null, 0, 0);

    private final BadRecordReason reason;
    private final RuntimeException error;
    private final int line;
    private final int column;

    private RecordOutcome(BadRecordReason reason, RuntimeException error, int line, int column) {
        this.reason = reason;
        this.error = error;
        this.line = line;
        this.column = column;
    }

    /**
     * A bad record.
     *
     * @param reason why
     * @param error the typed error ({@link org.partiqlvm.value.ValueDecodeException} or a {@link
     *     org.partiqlvm.error.PartiQLException})
     * @param line the 1-based line of the error, or 0 or less when unknown
     * @param column the 1-based column, or 0 or less when unknown
     */
    public static RecordOutcome bad(
            BadRecordReason reason, RuntimeException error, int line, int column) {
        return new RecordOutcome(
                Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(error, "error"),
                Math.max(line, 0),
                Math.max(column, 0));
    }

    /** True when the record ran to the end. */
    public boolean isOk() {
        return reason == null;
    }

    /** Why the record is bad, or null when it is not. */
    public BadRecordReason reason() {
        return reason;
    }

    /** The typed error, or null when the record is not bad. */
    public RuntimeException error() {
        return error;
    }

    /** The error's message, or null when the record is not bad. */
    public String message() {
        return error == null ? null : error.getMessage();
    }

    /** The 1-based line of the error, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the error, or 0 when unknown. */
    public int column() {
        return column;
    }

    @Override
    public String toString() {
        return isOk() ? "OK" : reason + ": " + error.getMessage();
    }
}
