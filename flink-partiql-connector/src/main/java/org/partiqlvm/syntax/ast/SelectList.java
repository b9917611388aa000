package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT item, item, ...}.
 *
 * @param items the items, at least one
 * @param span where the node was written
 */
public record SelectList(List<SelectItem> items, SourceSpan span) implements Projection {

    public SelectList {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a select list needs at least one item");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(items);
    }
}
