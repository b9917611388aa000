package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The GROUP clause: {@code GROUP [PARTIAL] BY key [AS alias], ... [GROUP AS g]}.
 *
 * <p>{@code GROUP ALL [AS g]} (a single group of all binding tuples) has no keys.
 *
 * @param strategy FULL, or PARTIAL for {@code GROUP PARTIAL BY}
 * @param keys the grouping keys; empty only for {@code GROUP ALL}
 * @param groupAs the GROUP AS variable, or null
 * @param span where the node was written
 */
public record GroupBy(Strategy strategy, List<GroupKey> keys, Identifier groupAs, SourceSpan span)
        implements Node {

    public GroupBy {
        Objects.requireNonNull(strategy, "strategy");
        keys = List.copyOf(keys);
        Objects.requireNonNull(span, "span");
    }

    /** Whether every key must be present ({@link #FULL}) or not ({@link #PARTIAL}). */
    public enum Strategy {
        FULL,
        PARTIAL
    }

    @Override
    public List<Node> children() {
        return Nodes.of(keys, groupAs);
    }
}
