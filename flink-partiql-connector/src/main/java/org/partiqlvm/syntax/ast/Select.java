package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A {@code SELECT}/{@code PIVOT} query block with all its clauses.
 *
 * <p>{@code ORDER BY}, {@code LIMIT} and {@code OFFSET} written after a single query block belong
 * to it; written after a set operation they belong to the {@link SetOpExpr} instead. (So a printer
 * must parenthesize a {@code Select} operand of a {@code SetOp} that has any of them.) {@code TABLE
 * x} is read as {@code SELECT * FROM x}.
 *
 * @param quantifier {@code DISTINCT}, or {@code ALL} (also when not written)
 * @param projection what each binding tuple produces
 * @param exclude the EXCLUDE clause, or null
 * @param from the FROM clause, or null when omitted
 * @param let the LET bindings, possibly empty
 * @param where the WHERE condition, or null
 * @param groupBy the GROUP clause, or null
 * @param having the HAVING condition, or null
 * @param orderBy the ORDER BY clause, or null
 * @param limit the LIMIT expression, or null
 * @param offset the OFFSET expression, or null
 * @param span where the node was written
 */
public record Select(
        SetQuantifier quantifier,
        Projection projection,
        ExcludeClause exclude,
        FromItem from,
        List<LetBinding> let,
        Expr where,
        GroupBy groupBy,
        Expr having,
        OrderBy orderBy,
        Expr limit,
        Expr offset,
        SourceSpan span)
        implements Expr {

    public Select {
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(projection, "projection");
        let = List.copyOf(let);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(
                projection, exclude, from, let, where, groupBy, having, orderBy, limit, offset);
    }
}
