package org.partiqlvm.syntax.ast;

import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code SELECT *}.
 *
 * @param span where the node was written
 */
public record SelectStar(SourceSpan span) implements Projection {

    public SelectStar {
        Objects.requireNonNull(span, "span");
    }
}
