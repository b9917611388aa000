package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] IN collection}; {@code IN (1, 2)} has a {@link ListCtor} on the right.
 *
 * @param value the value looked for
 * @param collection the collection searched
 * @param not true for {@code NOT IN}
 * @param span where the node was written
 */
public record InExpr(Expr value, Expr collection, boolean not, SourceSpan span) implements Expr {

    public InExpr {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, collection);
    }
}
