package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code POSITION(needle IN haystack)}.
 *
 * @param needle the string looked for
 * @param haystack the string searched
 * @param span where the node was written
 */
public record Position(Expr needle, Expr haystack, SourceSpan span) implements Expr {

    public Position {
        Objects.requireNonNull(needle, "needle");
        Objects.requireNonNull(haystack, "haystack");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(needle, haystack);
    }
}
