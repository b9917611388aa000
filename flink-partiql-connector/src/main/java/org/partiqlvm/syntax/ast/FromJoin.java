package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A join of two FROM items; comma and {@code CROSS JOIN} are joins without {@link #on()}. The right
 * side may refer to variables of the left (PartiQL joins are lateral).
 *
 * @param kind the join kind
 * @param left the left input
 * @param right the right input
 * @param on the ON condition, or null for a cross join
 * @param span where the node was written
 */
public record FromJoin(Kind kind, FromItem left, FromItem right, Expr on, SourceSpan span)
        implements FromItem {

    public FromJoin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(span, "span");
    }

    /**
     * The kinds of join ({@code CROSS JOIN} and the comma are {@link #INNER} without a condition).
     */
    public enum Kind {
        INNER,
        LEFT,
        RIGHT,
        FULL
    }

    @Override
    public List<Node> children() {
        return Nodes.of(left, right, on);
    }
}
