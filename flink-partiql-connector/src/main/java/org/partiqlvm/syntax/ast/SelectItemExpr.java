package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A select-list item {@code expr [AS alias]}.
 *
 * @param expr the projected expression
 * @param alias the alias, or null when not written
 * @param span where the node was written
 */
public record SelectItemExpr(Expr expr, Identifier alias, SourceSpan span) implements SelectItem {

    public SelectItemExpr {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr, alias);
    }
}
