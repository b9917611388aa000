package org.partiqlvm.flink.dynamic;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;

/**
 * A {@link QueryUpdate} that {@link PartiQLBroadcastFunction} did not apply, on its side output
 * {@link PartiQLBroadcastFunction#REJECTED_UPDATES}, with the reason. The queries that were active
 * before it stay active. A Flink POJO.
 */
@PublicEvolving
public class RejectedUpdate {

    /** The update. */
    public QueryUpdate update;

    /** Why it was rejected: the syntax or planning error with its position, or the conflict. */
    public String message;

    /** The 1-based line of a statement error, or null. */
    public Integer line;

    /** The 1-based column of a statement error, or null. */
    public Integer column;

    /** An empty rejection, for Flink's POJO serializer. */
    public RejectedUpdate() {}

    /** A rejection; {@code line} and {@code column} may be null. */
    public RejectedUpdate(QueryUpdate update, String message, Integer line, Integer column) {
        this.update = update;
        this.message = message;
        this.line = line;
        this.column = column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectedUpdate r
                && Objects.equals(update, r.update)
                && Objects.equals(message, r.message)
                && Objects.equals(line, r.line)
                && Objects.equals(column, r.column);
    }

    @Override
    public int hashCode() {
        return Objects.hash(update, message, line, column);
    }

    @Override
    public String toString() {
        return "rejected " + update + ": " + message;
    }
}
