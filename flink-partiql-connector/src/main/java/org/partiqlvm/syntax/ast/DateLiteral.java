package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A {@code DATE 'yyyy-mm-dd'} literal; the text is validated by a later layer.
 *
 * @param text the text of the string literal
 * @param span where the node was written
 */
public record DateLiteral(String text, SourceSpan span) implements Literal {

    public DateLiteral {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
