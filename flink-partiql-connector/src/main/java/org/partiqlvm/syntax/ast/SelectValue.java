package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT VALUE expr}.
 *
 * @param value the value produced per binding tuple
 * @param span where the node was written
 */
public record SelectValue(Expr value, SourceSpan span) implements Projection {

    public SelectValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value);
    }
}
