package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code WITH name AS (query), ... body}: names queries for use in the body.
 *
 * @param bindings the named queries, at least one, each visible to those after it and the body
 * @param body the query that uses them
 * @param span where the node was written
 */
public record With(List<WithBinding> bindings, Expr body, SourceSpan span) implements Expr {

    public With {
        bindings = List.copyOf(bindings);
        if (bindings.isEmpty()) {
            throw new IllegalArgumentException("WITH needs at least one binding");
        }
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(bindings, body);
    }
}
