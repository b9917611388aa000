package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * {@code DATE_ADD(field, quantity, datetime)}.
 *
 * @param field the unit of the quantity
 * @param quantity how many units to add
 * @param datetime the date, time or timestamp
 * @param span where the node was written
 */
public record DateAdd(DatetimeField field, Expr quantity, Expr datetime, SourceSpan span)
        implements Expr {

    public DateAdd {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(datetime, "datetime");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return Nodes.of(quantity, datetime);
    }
}
