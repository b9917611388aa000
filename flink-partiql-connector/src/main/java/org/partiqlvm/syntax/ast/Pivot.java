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
public record Pivot(Expr value, Expr key, SourceSpan span) implements Projection {

    public Pivot {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, key);
    }
}
