package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A string literal {@code 'text'} ({@code ''} inside is one quote).
 *
 * @param value the unescaped text
 * @param span where the node was written
 */
public record StringLiteral(String value, SourceSpan span) implements Literal {

    public StringLiteral {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
