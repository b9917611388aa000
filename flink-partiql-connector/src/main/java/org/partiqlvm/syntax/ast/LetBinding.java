package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One {@code LET expr AS name} binding.
 *
 * @param expr the value bound
 * @param name the variable introduced
 * @param span where the node was written
 */
public record LetBinding(Expr expr, Identifier name, SourceSpan span) implements Node {

    public LetBinding {
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(expr, name);
    }
}
