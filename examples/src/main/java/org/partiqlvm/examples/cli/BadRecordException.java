package org.partiqlvm.examples.cli;

/** An input record the CLI cannot read: malformed data (the other bad records are outcomes). */
public final class BadRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String detail;

    /** A bad record starting on 1-based {@code line}. */
    public BadRecordException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
        this.detail = message;
    }

    /** What is wrong with the record, without its line. */
    public String detail() {
        return detail;
    }

    /** The 1-based line the bad record starts on. */
    public int line() {
        return line;
    }
}
