package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A type as written in {@code CAST}, {@code IS} and friends: {@code DECIMAL(5, 2)}, {@code TIME(3)
 * WITH TIME ZONE}, {@code INTERVAL DAY TO SECOND}.
 *
 * @param name the upper-case name, words joined by one space ({@code DOUBLE PRECISION}, {@code
 *     CHARACTER VARYING})
 * @param parameters the parenthesized parameters, possibly empty
 * @param withTimeZone whether {@code WITH TIME ZONE} was written
 * @param interval the qualifier of an {@code INTERVAL} type, otherwise null
 * @param span where the node was written
 */
public record TypeName(
        String name,
        List<Integer> parameters,
        boolean withTimeZone,
        IntervalQualifier interval,
        SourceSpan span)
        implements Node {

    public TypeName {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(interval);
    }
}
