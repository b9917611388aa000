package org.partiqlvm.plan.node;

/**
 * An operation with one method per kind of {@link RelNode}, reached by {@link
 * RelNode#accept(RelNodeVisitor)}. There are no defaults on purpose: a new kind of relation does
 * not compile until every visitor (the {@code PlanPrinter}) handles it. Walks that only need the
 * children use {@link RelNode#inputs()} and {@link RelNode#expressions()} instead.
 *
 * @param <R> the result of a visit
 */
public interface RelNodeVisitor<R> {

    /** Visits a {@link Scan}. */
    R visit(Scan node);

    /** Visits a {@link Unpivot}. */
    R visit(Unpivot node);

    /** Visits a {@link SingleBinding}. */
    R visit(SingleBinding node);

    /** Visits a {@link Join}. */
    R visit(Join node);

    /** Visits a {@link Let}. */
    R visit(Let node);

    /** Visits a {@link Filter}. */
    R visit(Filter node);

    /** Visits a {@link Aggregate}. */
    R visit(Aggregate node);

    /** Visits a {@link Sort}. */
    R visit(Sort node);

    /** Visits a {@link Limit}. */
    R visit(Limit node);

    /** Visits a {@link Distinct}. */
    R visit(Distinct node);

    /** Visits a {@link Exclude}. */
    R visit(Exclude node);

    /** Visits a {@link Project}. */
    R visit(Project node);

    /** Visits a {@link ProjectValue}. */
    R visit(ProjectValue node);

    /** Visits a {@link Pivot}. */
    R visit(Pivot node);

    /** Visits a {@link SetOp}. */
    R visit(SetOp node);

    /** Visits a {@link Elements}. */
    R visit(Elements node);
}
