package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value IS [NOT] type}, including {@code IS NULL} and {@code IS MISSING} (type names {@code
 * NULL} and {@code MISSING}).
 *
 * @param value the value tested
 * @param type the type tested for
 * @param not true for {@code IS NOT}
 * @param span where the node was written
 */
public record IsTypeExpr(Expr value, TypeName type, boolean not, SourceSpan span) implements Expr {

    public IsTypeExpr {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, type);
    }
}
