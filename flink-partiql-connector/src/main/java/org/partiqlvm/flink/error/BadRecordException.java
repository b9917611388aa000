package org.partiqlvm.flink.error;

import org.apache.flink.annotation.PublicEvolving;

/**
 * A bad record met under {@link BadRecordPolicy#FAIL}: the message holds the error and the record
 * (truncated); the cause is the decoding or evaluation error.
 */
@PublicEvolving
public final class BadRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Longest record text kept in the message, in characters. */
    public static final int MAX_RECORD_CHARS = 200;

    /**
     * Creates the exception.
     *
     * @param queryId the id of the query that met the record
     * @param recordText the record as text (truncated here to {@link #MAX_RECORD_CHARS})
     * @param cause the decoding or evaluation error
     */
    public BadRecordException(String queryId, String recordText, RuntimeException cause) {
        super(
                "bad record in query '"
                        + queryId
                        + "': "
                        + cause.getMessage()
                        + "\n  record: "
                        + truncate(recordText),
                cause);
    }

    static String truncate(String text) {
        if (text.length() <= MAX_RECORD_CHARS) {
            return text;
        }
        return text.substring(0, MAX_RECORD_CHARS)
                + "... ("
                + (text.length() - MAX_RECORD_CHARS)
                + " more characters)";
    }
}
