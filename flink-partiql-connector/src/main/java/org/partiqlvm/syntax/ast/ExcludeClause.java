package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code EXCLUDE path, ...}: removes the named parts of the binding tuples before projection.
 *
 * @param paths the paths, at least one
 * @param span where the node was written
 */
public record ExcludeClause(List<ExcludePath> paths, SourceSpan span) implements Node {

    public ExcludeClause {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("EXCLUDE needs at least one path");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(paths);
    }
}
