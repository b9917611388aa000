package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SUBSTRING(value FROM start [FOR length])}, also written {@code SUBSTRING(value, start [,
 * length])}.
 *
 * @param value the string
 * @param start the 1-based start position
 * @param length the length, or null for the rest of the string
 * @param span where the node was written
 */
public record Substring(Expr value, Expr start, Expr length, SourceSpan span) implements Expr {

    public Substring {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, start, length);
    }
}
