package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A path step {@code [expr]}: an index into a list, or a field name when the expression gives a
 * string ({@code ['k']}).
 *
 * @param index the expression between the brackets
 * @param span where the node was written
 */
public record IndexStep(Expr index, SourceSpan span) implements PathStep {

    public IndexStep {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(index);
    }
}
