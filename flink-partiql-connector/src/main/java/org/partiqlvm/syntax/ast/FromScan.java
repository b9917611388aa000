package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A FROM source {@code expr [AS v] [AT i] [BY k]}: one binding per element of the collection.
 *
 * @param expr the collection
 * @param asAlias the element variable, or null
 * @param atAlias the position/key variable, or null
 * @param byAlias the BY variable, or null
 * @param span where the node was written
 */
public record FromScan(
        Expr expr, Identifier asAlias, Identifier atAlias, Identifier byAlias, SourceSpan span)
        implements FromItem {

    public FromScan {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr, asAlias, atAlias, byAlias);
    }
}
