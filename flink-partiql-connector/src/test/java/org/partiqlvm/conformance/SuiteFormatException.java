package org.partiqlvm.conformance;

/** The suite's Ion does not follow its schema; the message names the file, namespace and test. */
public final class SuiteFormatException extends IllegalArgumentException {

    public SuiteFormatException(String message) {
        super(message);
    }

    public SuiteFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
