package org.partiqlvm.flink;

import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * How an operator runs its statement: the query's id (in dead letters, errors and metrics), what
 * happens to a bad record, and how many rows one record may produce.
 *
 * @param queryId names the query in dead letters, failures and metrics
 * @param badRecords what to do with a bad record
 * @param maxRowsPerRecord the most rows one record may produce; one more makes the record bad
 */
@PublicEvolving
public record QuerySettings(String queryId, BadRecordPolicy badRecords, int maxRowsPerRecord)
        implements Serializable {

    /** The default row limit per record. */
    public static final int DEFAULT_MAX_ROWS_PER_RECORD = 100_000;

    public QuerySettings {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(badRecords, "badRecords");
        if (queryId.isBlank()) {
            throw new IllegalArgumentException("the query id is blank");
        }
        if (maxRowsPerRecord < 1) {
            throw new IllegalArgumentException(
                    "maxRowsPerRecord must be at least 1, was " + maxRowsPerRecord);
        }
    }

    /** The defaults for {@code statement}: its {@linkplain #defaultQueryId id}, and the limit. */
    public static QuerySettings defaults(String statement, BadRecordPolicy badRecords) {
        return new QuerySettings(
                defaultQueryId(statement), badRecords, DEFAULT_MAX_ROWS_PER_RECORD);
    }

    /**
     * A short id that is the same for the same statement text in every JVM: {@code q-} and eight
     * hex digits of the text's {@link String#hashCode()}.
     */
    public static String defaultQueryId(String statement) {
        return String.format("q-%08x", statement.hashCode());
    }

    /** A copy with {@code id}. */
    public QuerySettings withQueryId(String id) {
        return new QuerySettings(id, badRecords, maxRowsPerRecord);
    }

    /** A copy with {@code policy}. */
    public QuerySettings withBadRecords(BadRecordPolicy policy) {
        return new QuerySettings(queryId, policy, maxRowsPerRecord);
    }

    /** A copy with the row limit {@code max}. */
    public QuerySettings withMaxRowsPerRecord(int max) {
        return new QuerySettings(queryId, badRecords, max);
    }
}
