package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One {@code key: value} pair of a {@link StructCtor}.
 *
 * @param key the key expression
 * @param value the value expression
 * @param span where the node was written
 */
public record StructField(Expr key, Expr value, SourceSpan span) implements Node {

    public StructField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(key, value);
    }
}
