package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The {@code NULL} literal.
 *
 * @param span where the node was written
 */
public record NullLiteral(SourceSpan span) implements Literal {

    public NullLiteral {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
