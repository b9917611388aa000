package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT *}.
 *
 * @param span where the node was written
 */
public record SelectStar(SourceSpan span) implements Projection {

    public SelectStar {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
