package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One {@code name AS (query)} of a {@link With}.
 *
 * @param name the name the query is bound to
 * @param query the query
 * @param span where the node was written
 */
public record WithBinding(Identifier name, Expr query, SourceSpan span) implements Node {

    public WithBinding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(name, query);
    }
}
