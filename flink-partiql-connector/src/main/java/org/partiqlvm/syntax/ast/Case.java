package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A {@code CASE} expression: simple when {@link #operand()} is present, searched otherwise.
 *
 * @param operand the value compared in a simple CASE, or null for a searched CASE
 * @param whens the WHEN branches, at least one
 * @param otherwise the ELSE result, or null
 * @param span where the node was written
 */
public record Case(Expr operand, List<CaseArm> whens, Expr otherwise, SourceSpan span)
        implements Expr {

    public Case {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("CASE needs at least one WHEN");
        }
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(operand, whens, otherwise);
    }
}
