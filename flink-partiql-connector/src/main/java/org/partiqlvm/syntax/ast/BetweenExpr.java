package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code value [NOT] BETWEEN low AND high}.
 *
 * @param value the value tested
 * @param low the lower bound
 * @param high the upper bound
 * @param not true for {@code NOT BETWEEN}
 * @param span where the node was written
 */
public record BetweenExpr(Expr value, Expr low, Expr high, boolean not, SourceSpan span)
        implements Expr {

    public BetweenExpr {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, low, high);
    }
}
