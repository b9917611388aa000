package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A struct constructor {@code {'k': v, ...}}; keys are expressions.
 *
 * @param fields the fields in order
 * @param span where the node was written
 */
public record StructCtor(List<StructField> fields, SourceSpan span) implements Expr {

    public StructCtor {
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(fields);
    }
}
