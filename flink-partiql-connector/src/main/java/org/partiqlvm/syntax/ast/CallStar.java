package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A call whose only argument is {@code *}, such as {@code COUNT(*)}.
 *
 * @param name the function name as written
 * @param span where the node was written
 */
public record CallStar(String name, SourceSpan span) implements Expr {

    public CallStar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
