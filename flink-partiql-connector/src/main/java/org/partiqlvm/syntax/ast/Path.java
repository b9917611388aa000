package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A path expression: a root followed by one or more steps, such as {@code a.b[0].*}.
 *
 * @param root the expression the steps navigate from
 * @param steps the steps, at least one
 * @param span where the node was written
 */
public record Path(Expr root, List<PathStep> steps, SourceSpan span) implements Expr {

    public Path {
        Objects.requireNonNull(root, "root");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one step");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(root, steps);
    }
}
