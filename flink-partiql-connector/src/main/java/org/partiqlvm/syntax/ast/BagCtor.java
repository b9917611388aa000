package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A bag constructor {@code <<a, b>>}, or a {@code VALUES} list (a bag of {@link ListCtor} rows).
 *
 * @param elements the elements
 * @param span where the node was written
 */
public record BagCtor(List<Expr> elements, SourceSpan span) implements Expr {

    public BagCtor {
        elements = List.copyOf(elements);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(elements);
    }
}
