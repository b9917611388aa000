package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The path step {@code [*]}: every element of a collection.
 *
 * @param span where the node was written
 */
public record WildcardStep(SourceSpan span) implements PathStep {

    public WildcardStep {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
