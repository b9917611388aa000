package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One grouping key {@code expr [AS alias]}.
 *
 * @param expr the key expression
 * @param alias the alias, or null
 * @param span where the node was written
 */
public record GroupKey(Expr expr, Identifier alias, SourceSpan span) implements Node {

    public GroupKey {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr, alias);
    }
}
