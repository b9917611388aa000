package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One EXCLUDE path: a variable and steps, each a field, a literal index or key, {@code [*]} or
 * {@code .*}.
 *
 * @param root the variable the path starts from
 * @param steps the steps, at least one; index steps hold literals
 * @param span where the node was written
 */
public record ExcludePath(VarRef root, List<PathStep> steps, SourceSpan span) implements Node {

    public ExcludePath {
        Objects.requireNonNull(root, "root");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an EXCLUDE path needs at least one step");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(root, steps);
    }
}
