package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A value of the session the statement runs in: {@code CURRENT_USER}, {@code CURRENT_DATE}, {@code
 * CURRENT_TIME} or {@code CURRENT_TIMESTAMP} (written without parentheses).
 *
 * @param attribute which attribute
 * @param span where the node was written
 */
public record SessionAttribute(Attribute attribute, SourceSpan span) implements Expr {

    public SessionAttribute {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(span, "span");
    }

    /** The session attributes, spelled as their names. */
    public enum Attribute {
        CURRENT_USER,
        CURRENT_DATE,
        CURRENT_TIME,
        CURRENT_TIMESTAMP
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
