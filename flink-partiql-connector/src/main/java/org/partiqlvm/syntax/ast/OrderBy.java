package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code ORDER BY spec, ...}.
 *
 * @param specs the sort specifications, at least one
 * @param span where the node was written
 */
public record OrderBy(List<SortSpec> specs, SourceSpan span) implements Node {

    public OrderBy {
        specs = List.copyOf(specs);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("ORDER BY needs at least one sort specification");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(specs);
    }
}
