package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One {@code WHEN condition THEN result} branch of a {@link Case}.
 *
 * @param condition the condition (searched CASE) or the value compared with the operand (simple
 *     CASE)
 * @param result the result when it matches
 * @param span where the node was written
 */
public record CaseArm(Expr condition, Expr result, SourceSpan span) implements Node {

    public CaseArm {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(condition, result);
    }
}
