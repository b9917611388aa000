package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code CORRESPONDING [BY (name, ...)]} on a set operation: match fields by name.
 *
 * @param columns the names after BY; empty for plain CORRESPONDING
 * @param span where the node was written
 */
public record Corresponding(List<Identifier> columns, SourceSpan span) implements Node {

    public Corresponding {
        columns = List.copyOf(columns);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(columns);
    }
}
