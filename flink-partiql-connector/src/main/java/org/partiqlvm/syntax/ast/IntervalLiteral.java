package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * An {@code INTERVAL '...' <qualifier>} literal such as {@code INTERVAL '1-2' YEAR TO MONTH}.
 *
 * @param text the text of the string literal
 * @param qualifier the fields the text is read as
 * @param span where the node was written
 */
public record IntervalLiteral(String text, IntervalQualifier qualifier, SourceSpan span)
        implements Literal {

    public IntervalLiteral {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(qualifier);
    }
}
