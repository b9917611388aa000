package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A FROM source {@code UNPIVOT expr [AS v] [AT k]}: one binding per field of a struct.
 *
 * @param expr the struct
 * @param asAlias the value variable, or null
 * @param atAlias the field-name variable, or null
 * @param byAlias the BY variable, or null
 * @param span where the node was written
 */
public record FromUnpivot(
        Expr expr, Identifier asAlias, Identifier atAlias, Identifier byAlias, SourceSpan span)
        implements FromItem {

    public FromUnpivot {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr, asAlias, atAlias, byAlias);
    }
}
