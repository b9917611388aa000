package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The {@code MISSING} literal.
 *
 * @param span where the node was written
 */
public record MissingLiteral(SourceSpan span) implements Literal {

    public MissingLiteral {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
