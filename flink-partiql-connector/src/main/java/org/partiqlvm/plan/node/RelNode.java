package org.partiqlvm.plan.node;

import java.util.List;
import org.partiqlvm.error.SourceSpan;

/**
 * A relational operator of the logical plan.
 *
 * <p>Below the projection, nodes produce <em>binding tuples</em>: assignments of values to the
 * variables ({@link org.partiqlvm.plan.node.Var}) bound by the nodes beneath ({@link Scan}, {@link
 * Unpivot}, {@link Join}, {@link Let}, {@link Filter}, {@link Aggregate}, {@link Sort}, {@link
 * Exclude}, {@link SingleBinding}). The projections ({@link Project}, {@link ProjectValue}, {@link
 * Pivot}), {@link SetOp} and {@link Elements} produce the query's <em>result elements</em>; {@link
 * Distinct} works on result elements, {@link Limit} on either (it only counts).
 *
 * <p>The shape of a query block is fixed: {@code (Scan | Unpivot | Join | SingleBinding) -> Let? ->
 * Filter? (WHERE) -> Aggregate? -> Filter? (HAVING) -> Sort? -> Exclude? -> (Project |
 * ProjectValue) -> Distinct? -> Limit?}; for PIVOT, {@code ... -> Sort? -> Exclude? -> Limit? ->
 * Pivot} (Pivot is always the root, since it folds all its input into one struct). A set operation
 * is {@code SetOp -> Limit?}, or with ORDER BY {@code Scan(Query(SetOp)) -> Sort -> ProjectValue ->
 * Limit?} (the sort keys reach the result elements through the scan variable).
 *
 * <p>Nodes are immutable records; each carries the span of the text it was planned from as its last
 * component.
 */
public sealed interface RelNode
        permits Scan,
                Unpivot,
                SingleBinding,
                Join,
                Let,
                Filter,
                Aggregate,
                Sort,
                Limit,
                Distinct,
                Exclude,
                Project,
                ProjectValue,
                Pivot,
                SetOp,
                Elements {

    /** Where the clause this node was planned from was written. */
    SourceSpan span();

    /**
     * The relations this one reads, in order (none for a scan, two for a join or set op); walks
     * visit them before {@link #expressions()}, as the records list them.
     */
    List<RelNode> inputs();

    /**
     * The scalar expressions this node holds directly (conditions, keys, projections, scan
     * sources), in order; tree walks use this and {@link #inputs()} instead of reflection.
     */
    List<PlanExpr> expressions();

    /**
     * This node with {@code inputs} and {@code expressions} in place of its {@link #inputs()} and
     * {@link #expressions()}, position for position (all else, the span included, kept); rewrites
     * use it instead of reflection.
     *
     * @throws IllegalArgumentException if a list is not as long as the one it replaces
     * @throws ClassCastException if an expression that must be a {@code Var} is not
     */
    RelNode withChildren(List<RelNode> inputs, List<PlanExpr> expressions);

    /** Calls the method of {@code visitor} for this kind of relation. */
    <R> R accept(RelNodeVisitor<R> visitor);
}
