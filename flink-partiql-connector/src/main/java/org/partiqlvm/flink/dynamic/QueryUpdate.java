package org.partiqlvm.flink.dynamic;

import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;

/**
 * One change to the set of active queries of a {@link PartiQLBroadcastFunction}: add a query,
 * replace the statement of an active one, or remove one. A Flink POJO (public fields and a no-arg
 * constructor), so it travels and sits in broadcast state without Kryo.
 *
 * <ul>
 *   <li>{@link Operation#ADD}: a new id; adding an id that is active already is rejected (use
 *       REPLACE, so that a typo cannot silently overwrite a running query).
 *   <li>{@link Operation#REPLACE}: a new statement for an active id; rejected for an unknown id. If
 *       the new statement does not compile, the old one keeps running.
 *   <li>{@link Operation#REMOVE}: stops an active id; rejected for an unknown id.
 * </ul>
 */
@PublicEvolving
public class QueryUpdate {

    /** What an update does. */
    public enum Operation {
        ADD,
        REPLACE,
        REMOVE
    }

    /** The query's id: it tags the query's output rows, dead letters and metrics. */
    public String queryId;

    /** The PartiQL statement (null for REMOVE). */
    public String statement;

    /** What the update does. */
    public Operation operation;

    /** True to run the statement in strict mode (type errors are errors), else permissive. */
    public boolean strict;

    /** An empty update, for Flink's POJO serializer. */
    public QueryUpdate() {}

    /** An update with every field set. */
    public QueryUpdate(String queryId, String statement, Operation operation, boolean strict) {
        this.queryId = queryId;
        this.statement = statement;
        this.operation = operation;
        this.strict = strict;
    }

    /** Adds query {@code queryId} running {@code statement} in permissive mode. */
    public static QueryUpdate add(String queryId, String statement) {
        return new QueryUpdate(queryId, statement, Operation.ADD, false);
    }

    /** Replaces the statement of active query {@code queryId} (permissive mode). */
    public static QueryUpdate replace(String queryId, String statement) {
        return new QueryUpdate(queryId, statement, Operation.REPLACE, false);
    }

    /** Removes active query {@code queryId}. */
    public static QueryUpdate remove(String queryId) {
        return new QueryUpdate(queryId, null, Operation.REMOVE, false);
    }

    /** This update in strict mode. */
    public QueryUpdate inStrictMode() {
        return new QueryUpdate(queryId, statement, operation, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryUpdate u
                && Objects.equals(queryId, u.queryId)
                && Objects.equals(statement, u.statement)
                && operation == u.operation
                && strict == u.strict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryId, statement, operation, strict);
    }

    @Override
    public String toString() {
        return operation
                + " "
                + queryId
                + (statement == null ? "" : ": " + statement)
                + (strict ? " (strict)" : "");
    }
}
