package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A function call {@code name(args)}, including aggregates such as {@code SUM(DISTINCT x)}; names
 * are case-insensitive and resolved by the planner.
 *
 * @param name the function name as written
 * @param quantifier {@code DISTINCT} or {@code ALL} if written before the first argument, otherwise
 *     null
 * @param args the arguments, possibly empty
 * @param span where the node was written
 */
public record CallExpr(String name, SetQuantifier quantifier, List<Expr> args, SourceSpan span)
        implements Expr {

    public CallExpr {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(args);
    }
}
