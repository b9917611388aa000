package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code EXTRACT(field FROM source)}.
 *
 * @param field the field extracted
 * @param source the date, time or timestamp
 * @param span where the node was written
 */
public record Extract(DatetimeField field, Expr source, SourceSpan span) implements Expr {

    public Extract {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(source);
    }
}
