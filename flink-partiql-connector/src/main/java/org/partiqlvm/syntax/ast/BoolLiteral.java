package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A {@code TRUE} or {@code FALSE} literal.
 *
 * @param value the literal value
 * @param span where the node was written
 */
public record BoolLiteral(boolean value, SourceSpan span) implements Literal {

    public BoolLiteral {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
