package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A select-list item {@code source.*}: all fields of a struct.
 *
 * @param source the expression before {@code .*}
 * @param span where the node was written
 */
public record SelectItemAll(Expr source, SourceSpan span) implements SelectItem {

    public SelectItemAll {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(source);
    }
}
