package org.partiqlvm.syntax.ast;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An exact integer literal such as {@code 42}, of any magnitude (a leading minus sign is a separate
 * {@link Unary}).
 *
 * @param value the unsigned value as written
 * @param span where the node was written
 */
public record IntLiteral(BigInteger value, SourceSpan span) implements Literal {

    public IntLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
