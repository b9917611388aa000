package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A FROM source {@code source AS v AT i BY k}: one binding tuple per element of a collection.
 *
 * <p>{@link #atVar()} is bound to the 0-based position of the element in a list (MISSING for a
 * bag). A source that is not a collection is scanned as a bag of that one value in permissive mode
 * and is an error in strict mode (MISSING scans as an empty bag in permissive mode).
 *
 * @param source the collection
 * @param asVar the element variable (always bound; the planner generates one when none is written)
 * @param atVar the position variable, or -1
 * @param byVar the BY variable, or -1
 * @param span where the FROM item was written
 */
public record Scan(PlanExpr source, int asVar, int atVar, int byVar, SourceSpan span)
        implements RelNode {

    public Scan {
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
        return new Scan(expressions.get(0), asVar, atVar, byVar, span);
    }

    @Override
    public <R> R accept(RelNodeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
