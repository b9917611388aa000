package org.partiqlvm.examples.cli;

/** An input record the CLI cannot use: malformed data, or a record the statement fails on. */
public final class BadRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /** A bad record starting on 1-based {@code line}. */
    public BadRecordException(int line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    /** The 1-based line the bad record starts on. */
    public int line() {
        return line;
    }
}
