package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A list constructor {@code [a, b]}, {@code LIST(a, b)}, a parenthesized list {@code (a, b)}, or
 * one row of {@code VALUES}.
 *
 * @param elements the elements in order
 * @param span where the node was written
 */
public record ListCtor(List<Expr> elements, SourceSpan span) implements Expr {

    public ListCtor {
        elements = List.copyOf(elements);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(elements);
    }
}
