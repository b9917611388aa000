package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One ORDER BY key: {@code expr [ASC|DESC] [NULLS FIRST|LAST]}.
 *
 * @param expr the sort key
 * @param direction ASC or DESC, or null when not written (ASC)
 * @param nulls NULLS FIRST or LAST, or null when not written
 * @param span where the node was written
 */
public record SortSpec(Expr expr, Direction direction, Nulls nulls, SourceSpan span)
        implements Node {

    public SortSpec {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    /** Ascending or descending order. */
    public enum Direction {
        ASC,
        DESC
    }

    /** Where nulls (and missing values) sort. */
    public enum Nulls {
        FIRST,
        LAST
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr);
    }
}
