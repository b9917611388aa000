package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code TRIM([LEADING|TRAILING|BOTH] [characters] FROM source)} or {@code TRIM(source)}.
 *
 * @param spec which end to trim, or null when not written (both)
 * @param characters the characters to remove, or null for spaces
 * @param source the string trimmed
 * @param span where the node was written
 */
public record Trim(Spec spec, Expr characters, Expr source, SourceSpan span) implements Expr {

    public Trim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    /** Which end of the string {@code TRIM} removes characters from. */
    public enum Spec {
        LEADING,
        TRAILING,
        BOTH
    }

    @Override
    public List<Node> children() {
        return Nodes.of(characters, source);
    }
}
