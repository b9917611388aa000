package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A backtick-quoted Ion literal such as {@code `{a: 1}`}; the Ion text is kept verbatim and read by
 * a later layer.
 *
 * @param ionText the Ion text between the backticks
 * @param span where the node was written
 */
public record IonLiteral(String ionText, SourceSpan span) implements Literal {

    public IonLiteral {
        Objects.requireNonNull(ionText, "ionText");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
