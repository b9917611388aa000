package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An S-expression constructor {@code SEXP(a, b)}.
 *
 * @param elements the elements in order
 * @param span where the node was written
 */
public record SexpCtor(List<Expr> elements, SourceSpan span) implements Expr {

    public SexpCtor {
        elements = List.copyOf(elements);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(elements);
    }
}
