package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code CAST(value AS type)} and its tests {@code CAN_CAST} and {@code CAN_LOSSLESS_CAST}.
 *
 * @param kind which of the three forms
 * @param value the value converted
 * @param type the target type
 * @param span where the node was written
 */
public record CastExpr(Kind kind, Expr value, TypeName type, SourceSpan span) implements Expr {

    public CastExpr {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    /** The three cast forms. */
    public enum Kind {
        CAST,
        CAN_CAST,
        CAN_LOSSLESS_CAST
    }

    @Override
    public List<Node> children() {
        return Nodes.of(value, type);
    }
}
