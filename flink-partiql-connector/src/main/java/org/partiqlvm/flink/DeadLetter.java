package org.partiqlvm.flink;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;

/**
 * A bad record sent to the side output of {@link PartiQLProcessFunction} under {@link
 * org.partiqlvm.flink.error.BadRecordPolicy#DEAD_LETTER}: the record as text, the error and the
 * statement. A Flink POJO (public no-arg constructor and public fields), so it is serialized
 * without Kryo.
 */
@PublicEvolving
public class DeadLetter {

    /** {@link #errorType} of a record that does not decode (malformed JSON, say). */
    public static final String MALFORMED_RECORD = "MALFORMED_RECORD";

    /** {@link #errorType} of a record whose evaluation raised a strict-mode error. */
    public static final String EVALUATION_ERROR = "EVALUATION_ERROR";

    /** {@link #errorType} of a record that produced more rows than the operator's limit. */
    public static final String ROW_LIMIT = "ROW_LIMIT";

    /**
     * {@link #errorType} of a record that went past another of the query's {@link
     * org.partiqlvm.engine.runtime.Limits} (work budget, value size, record size); the message
     * names the limit.
     */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    /**
     * {@link #errorType} of a record that met an unexpected failure inside the engine or a codec,
     * contained to that record.
     */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** The record as text (UTF-8 text for byte input), untruncated. */
    public String record;

    /** The error message, with its location. */
    public String message;

    /**
     * Why the record is bad: the {@link org.partiqlvm.engine.BadRecordReason}'s name, {@link
     * #MALFORMED_RECORD}, {@link #EVALUATION_ERROR}, {@link #ROW_LIMIT}, {@link #LIMIT_EXCEEDED} or
     * {@link #INTERNAL_ERROR}.
     */
    public String errorType;

    /**
     * The 1-based line of the error, or null when unknown: in the record for {@link
     * #MALFORMED_RECORD}, in the statement for {@link #EVALUATION_ERROR}.
     */
    public Integer line;

    /** The 1-based column of the error, or null when unknown; see {@link #line}. */
    public Integer column;

    /** The text of the statement that met the record. */
    public String query;

    /** The id of the query that met the record (see {@code QuerySettings#queryId}). */
    public String queryId;

    /** An empty dead letter, for Flink's POJO serializer. */
    public DeadLetter() {}

    /** A dead letter with every field set; {@code line} and {@code column} may be null. */
    public DeadLetter(
            String record,
            String message,
            String errorType,
            Integer line,
            Integer column,
            String query,
            String queryId) {
        this.record = record;
        this.message = message;
        this.errorType = errorType;
        this.line = line;
        this.column = column;
        this.query = query;
        this.queryId = queryId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadLetter d
                && Objects.equals(record, d.record)
                && Objects.equals(message, d.message)
                && Objects.equals(errorType, d.errorType)
                && Objects.equals(line, d.line)
                && Objects.equals(column, d.column)
                && Objects.equals(query, d.query)
                && Objects.equals(queryId, d.queryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, message, errorType, line, column, query, queryId);
    }

    @Override
    public String toString() {
        return errorType
                + " in query "
                + queryId
                + (line == null ? "" : " at " + line + ":" + (column == null ? "?" : column))
                + ": "
                + message
                + "\n  record: "
                + record;
    }
}
