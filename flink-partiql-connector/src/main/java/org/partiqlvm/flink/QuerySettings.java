package org.partiqlvm.flink;

import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * How an operator runs its statement: the query's id (in dead letters, errors and metrics), what
 * happens to a bad record, and the {@link Limits} each record runs under (rows per record, work
 * budget, value and record size).
 *
 * @param queryId names the query in dead letters, failures and metrics
 * @param badRecords what to do with a bad record
 * @param limits the limits every record runs under
 */
@PublicEvolving
public record QuerySettings(String queryId, BadRecordPolicy badRecords, Limits limits)
        implements Serializable {

    /** The default row limit per record ({@link Limits#DEFAULT_ROWS_PER_RECORD}). */
    public static final int DEFAULT_MAX_ROWS_PER_RECORD = Limits.DEFAULT_ROWS_PER_RECORD;

    public QuerySettings {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(badRecords, "badRecords");
        Objects.requireNonNull(limits, "limits");
        if (queryId.isBlank()) {
            throw new IllegalArgumentException("the query id is blank");
        }
    }

    /**
     * Settings with the default limits but {@code maxRowsPerRecord}.
     *
     * @throws IllegalArgumentException if {@code maxRowsPerRecord} is less than 1
     */
    public QuerySettings(String queryId, BadRecordPolicy badRecords, int maxRowsPerRecord) {
        this(queryId, badRecords, Limits.DEFAULTS.withRowsPerRecord(maxRowsPerRecord));
    }

    /** The defaults for {@code statement}: its {@linkplain #defaultQueryId id}, and the limits. */
    public static QuerySettings defaults(String statement, BadRecordPolicy badRecords) {
        return new QuerySettings(defaultQueryId(statement), badRecords, Limits.DEFAULTS);
    }

    /**
     * A short id that is the same for the same statement text in every JVM: {@code q-} and eight
     * hex digits of the text's {@link String#hashCode()}.
     */
    public static String defaultQueryId(String statement) {
        return String.format("q-%08x", statement.hashCode());
    }

    /** The most rows one record may produce ({@link Limits#rowsPerRecord()}). */
    public int maxRowsPerRecord() {
        return limits.rowsPerRecord();
    }

    /** A copy with {@code id}. */
    public QuerySettings withQueryId(String id) {
        return new QuerySettings(id, badRecords, limits);
    }

    /** A copy with {@code policy}. */
    public QuerySettings withBadRecords(BadRecordPolicy policy) {
        return new QuerySettings(queryId, policy, limits);
    }

    /** A copy with the row limit {@code max}. */
    public QuerySettings withMaxRowsPerRecord(int max) {
        return new QuerySettings(queryId, badRecords, limits.withRowsPerRecord(max));
    }

    /** A copy with {@code newLimits}. */
    public QuerySettings withLimits(Limits newLimits) {
        return new QuerySettings(queryId, badRecords, newLimits);
    }
}
