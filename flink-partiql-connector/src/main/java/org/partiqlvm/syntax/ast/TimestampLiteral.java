package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A {@code TIMESTAMP [(p)] [WITH TIME ZONE] '...'} literal.
 *
 * @param text the text of the string literal
 * @param precision the fractional-seconds precision, or null when not written
 * @param withTimeZone whether {@code WITH TIME ZONE} was written
 * @param span where the node was written
 */
public record TimestampLiteral(
        String text, Integer precision, boolean withTimeZone, SourceSpan span) implements Literal {

    public TimestampLiteral {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
