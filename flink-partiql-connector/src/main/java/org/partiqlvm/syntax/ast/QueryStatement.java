package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A statement that is a query: any expression, usually a SELECT.
 *
 * @param query the query
 * @param span where the node was written
 */
public record QueryStatement(Expr query, SourceSpan span) implements Statement {

    public QueryStatement {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(query);
    }
}
