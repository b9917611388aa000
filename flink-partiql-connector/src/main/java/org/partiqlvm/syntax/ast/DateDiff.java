package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code DATE_DIFF(field, from, to)}.
 *
 * @param field the unit of the difference
 * @param from the first datetime
 * @param to the second datetime
 * @param span where the node was written
 */
public record DateDiff(DatetimeField field, Expr from, Expr to, SourceSpan span) implements Expr {

    public DateDiff {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(from, to);
    }
}
