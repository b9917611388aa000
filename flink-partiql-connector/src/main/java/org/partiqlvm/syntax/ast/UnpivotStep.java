package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The path step {@code .*}: every field value of a struct.
 *
 * @param span where the node was written
 */
public record UnpivotStep(SourceSpan span) implements PathStep {

    public UnpivotStep {
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
