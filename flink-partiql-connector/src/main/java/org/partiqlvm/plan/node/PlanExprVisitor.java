package org.partiqlvm.plan.node;

/**
 * An operation with one method per kind of {@link PlanExpr}, reached by {@link
 * PlanExpr#accept(PlanExprVisitor)}. There are no defaults on purpose: a new kind of expression
 * does not compile until every visitor (the {@code PlanPrinter}) handles it. Walks that only need
 * the children use {@link PlanExpr#operands()} instead.
 *
 * @param <R> the result of a visit
 */
public interface PlanExprVisitor<R> {

    /** Visits a {@link Lit}. */
    R visit(Lit node);

    /** Visits a {@link Var}. */
    R visit(Var node);

    /** Visits a {@link Global}. */
    R visit(Global node);

    /** Visits a {@link DynamicLookup}. */
    R visit(DynamicLookup node);

    /** Visits a {@link Param}. */
    R visit(Param node);

    /** Visits a {@link PathGet}. */
    R visit(PathGet node);

    /** Visits a {@link Call}. */
    R visit(Call node);

    /** Visits a {@link Op}. */
    R visit(Op node);

    /** Visits a {@link ArithmeticChainNode}. */
    R visit(ArithmeticChainNode node);

    /** Visits a {@link LikeNode}. */
    R visit(LikeNode node);

    /** Visits a {@link Between}. */
    R visit(Between node);

    /** Visits a {@link In}. */
    R visit(In node);

    /** Visits a {@link IsType}. */
    R visit(IsType node);

    /** Visits a {@link Cast}. */
    R visit(Cast node);

    /** Visits a {@link CaseNode}. */
    R visit(CaseNode node);

    /** Visits a {@link StructNew}. */
    R visit(StructNew node);

    /** Visits a {@link ListNew}. */
    R visit(ListNew node);

    /** Visits a {@link BagNew}. */
    R visit(BagNew node);

    /** Visits a {@link SexpNew}. */
    R visit(SexpNew node);

    /** Visits a {@link Subquery}. */
    R visit(Subquery node);

    /** Visits a {@link Query}. */
    R visit(Query node);
}
