package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A FROM source {@code UNPIVOT source AS v AT k}: one binding tuple per field of a struct, {@code
 * v} bound to the field value and {@code k} to its name.
 *
 * <p>A source that is not a struct is unpivoted as the struct {@code {'_1': source}} (MISSING gives
 * no binding); in strict mode it is an error.
 *
 * @param source the struct
 * @param asVar the value variable (always bound)
 * @param atVar the field-name variable, or -1
 * @param span where the FROM item was written
 */
public record Unpivot(PlanExpr source, int asVar, int atVar, SourceSpan span) implements RelNode {

    public Unpivot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<RelNode> inputs() {
        return List.of();
    }

    @Override
    public List<PlanExpr> expressions() {
        return List.of(source);
    }

    @Override
    public RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions) {
        Children.require(this, inputs, expressions);
        return new Unpivot(expressions.get(0), asVar, atVar, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
