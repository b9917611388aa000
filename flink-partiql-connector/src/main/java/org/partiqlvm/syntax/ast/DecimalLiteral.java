package org.partiqlvm.syntax.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A decimal literal such as {@code 1.50} or {@code 1e100}; PartiQL reads exponent forms as exact
 * decimals, so the scale is kept as written.
 *
 * @param value the value, with the scale as written
 * @param span where the node was written
 */
public record DecimalLiteral(BigDecimal value, SourceSpan span) implements Literal {

    public DecimalLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
