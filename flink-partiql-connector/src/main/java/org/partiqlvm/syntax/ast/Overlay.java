package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code OVERLAY(value PLACING replacement FROM start [FOR length])}.
 *
 * @param value the string changed
 * @param replacement the string placed
 * @param start the 1-based start position
 * @param length the number of characters replaced, or null for the replacement length
 * @param span where the node was written
 */
public record Overlay(Expr value, Expr replacement, Expr start, Expr length, SourceSpan span)
        implements Expr {

    public Overlay {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, replacement, start, length);
    }
}
