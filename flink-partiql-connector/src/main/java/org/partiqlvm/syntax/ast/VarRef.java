package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A variable reference: {@code x} (case-insensitive), {@code "X"} (case-sensitive), optionally with
 * the {@code @} prefix that forces a lookup in the local scope.
 *
 * @param name the name as written, without quotes
 * @param caseSensitive true when the name was double-quoted
 * @param local true when written with the {@code @} prefix
 * @param span where the node was written
 */
public record VarRef(String name, boolean caseSensitive, boolean local, SourceSpan span)
        implements Expr {

    public VarRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
