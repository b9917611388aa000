package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;

/**
 * A scalar expression of the logical plan: every name is resolved (to a {@link Var}, a {@link
 * Global} or a {@link DynamicLookup}), every special form is lowered to a {@link Call} or a
 * dedicated node, and every query is a {@link Query} over a {@link
 * org.partiqlvm.plan.node.RelNode}.
 *
 * <p>Nodes are immutable records; each carries the span of the text it was planned from as its last
 * component, for runtime error messages.
 */
public sealed interface PlanExpr
        permits Lit,
                Var,
                Global,
                DynamicLookup,
                Param,
                PathGet,
                Call,
                Op,
                ArithmeticChainNode,
                LikeNode,
                Between,
                In,
                IsType,
                Cast,
                CaseNode,
                StructNew,
                ListNew,
                BagNew,
                SexpNew,
                Subquery,
                Query {

    /** Where this expression was written in the statement text. */
    SourceSpan span();

    /**
     * The expressions directly inside this one, in order (those of its branches, fields and path
     * steps too); a {@link Query}'s relation is not among them but is its {@link Query#rel()}. Tree
     * walks use this instead of reflection, so a new node must say what it holds.
     */
    List<PlanExpr> operands();

    /**
     * This node with {@code operands} in place of its {@link #operands()}, position for position
     * (all else, the span included, kept); rewrites use it instead of reflection. A node without
     * operands returns itself.
     *
     * @throws IllegalArgumentException if {@code operands} does not hold as many expressions
     * @throws ClassCastException if an operand that must be a {@link Var} or {@link Query} is not
     */
    PlanExpr withOperands(List<PlanExpr> operands);

    /** Calls the method of {@code visitor} for this kind of expression. */
    <R> R accept(PlanExprVisitor<R> visitor);

    /** The non-null ones of {@code exprs}, as a list. */
    static List<PlanExpr> list(PlanExpr... exprs) {
        List<PlanExpr> out = new ArrayList<>(exprs.length);
        for (PlanExpr e : exprs) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }
}
