package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE escape]}.
 *
 * @param value the string tested
 * @param pattern the pattern
 * @param escape the escape character expression, or null
 * @param not true for {@code NOT LIKE}
 * @param span where the node was written
 */
public record LikeExpr(Expr value, Expr pattern, Expr escape, boolean not, SourceSpan span)
        implements Expr {

    public LikeExpr {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, pattern, escape);
    }
}
