package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A positional parameter {@code ?}; parameters are numbered from 1 in the order they appear.
 *
 * @param index the 1-based position of this parameter in the statement
 * @param span where the node was written
 */
public record Parameter(int index, SourceSpan span) implements Expr {

    public Parameter {
        if (index < 1) {
            throw new IllegalArgumentException("parameter index must be at least 1: " + index);
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
