package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A name introduced by the query (an alias): unquoted names are case-insensitive, quoted ones
 * case-sensitive.
 *
 * @param name the name as written, without quotes
 * @param caseSensitive true when the name was double-quoted
 * @param span where the node was written
 */
public record Identifier(String name, boolean caseSensitive, SourceSpan span) implements Node {

    public Identifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
