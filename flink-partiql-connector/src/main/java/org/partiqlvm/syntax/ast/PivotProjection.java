package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code PIVOT value AT key}: builds one struct from all binding tuples.
 *
 * @param value the field value
 * @param key the field name
 * @param span where the node was written
 */
public record PivotProjection(Expr value, Expr key, SourceSpan span) implements Projection {

    public PivotProjection {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, key);
    }
}
