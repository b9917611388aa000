package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A path step {@code .name} or {@code ."Name"} (also written {@code .'name'}, which is
 * case-sensitive).
 *
 * @param name the field name, without quotes
 * @param caseSensitive true when the name was quoted
 * @param span where the node was written
 */
public record FieldStep(String name, boolean caseSensitive, SourceSpan span) implements PathStep {

    public FieldStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
