package org.partiqlvm.syntax.ast;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * The fields of an interval: {@code YEAR}, {@code DAY(3) TO SECOND(6)}, {@code SECOND(2, 3)}.
 *
 * @param start the leading field
 * @param startPrecision the leading field precision, or null
 * @param end the trailing field after {@code TO}, or null
 * @param fractionalPrecision the fractional-seconds precision of a trailing (or sole) {@code
 *     SECOND}, or null
 * @param span where the node was written
 */
public record IntervalQualifier(
        DatetimeField start,
        Integer startPrecision,
        DatetimeField end,
        Integer fractionalPrecision,
        SourceSpan span)
        implements Node {

    public IntervalQualifier {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
