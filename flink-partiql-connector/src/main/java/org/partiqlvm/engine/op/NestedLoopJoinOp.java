package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.expr.MemoEval;
import org.partiqlvm.engine.expr.RowGeneration;

/**
 * {@code left, right}, {@code left CROSS JOIN right}, {@code left [INNER] JOIN right ON c} and
 * {@code left LEFT [OUTER] JOIN right ON c}: for every left row, reopens the right side and pairs
 * them. Because the right side is reopened per left row, it may refer to the left variables (a
 * lateral join such as {@code FROM stream AS r, r.items AS i}, the unnesting of the streaming
 * convention).
 *
 * <p>Reads: both inputs' variables; the condition (if any) into {@code conditionSlot}. A pair is
 * kept when the condition is TRUE. For a LEFT join, a left row without any kept pair is emitted
 * once with the right variables ({@code rightSlots}) set to NULL.
 *
 * <p>Advances its {@link RowGeneration} with every left row when memos watch it. Allocates nothing
 * per row.
 */
public final class NestedLoopJoinOp implements RelOp {

    /**
     * The compiled join.
     *
     * @param left the outer input
     * @param right the inner input, reopened for each outer row
     * @param condition the ON condition, or null
     * @param conditionSlot temporary slot for the condition
     * @param leftOuter whether unmatched left rows are kept (LEFT JOIN)
     * @param rightSlots the variables the right side binds (set to NULL for unmatched left rows)
     * @param generationState the frame state index of the {@link RowGeneration} this join advances
     *     with each left row (what {@link org.partiqlvm.engine.expr.MemoEval}s of expressions over
     *     the left variables check), or -1
     * @param memos the memos of the operators above, evaluated once per left row (for EXPLAIN; the
     *     compiler adds them as it compiles those operators, not copied)
     */
    public record Spec(
            RelSpec left,
            RelSpec right,
            Eval condition,
            int conditionSlot,
            boolean leftOuter,
            int[] rightSlots,
            int generationState,
            List<MemoEval> memos)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(left, right);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "NestedLoopJoin "
                    + (leftOuter ? "LEFT OUTER" : "INNER")
                    + (condition == null ? "" : " ON " + text.apply(condition))
                    + ", right "
                    + Explain.slots(rightSlots)
                    + (memos.isEmpty()
                            ? ""
                            : ", left row #"
                                    + generationState
                                    + ", memo per left row "
                                    + Explain.evals(
                                            memos.stream().map(MemoEval::inner).toList(), text));
        }

        public Spec {
            rightSlots = rightSlots.clone();
        }

        /** A join whose left rows no memo watches (no {@link RowGeneration}). */
        public Spec(
                RelSpec left,
                RelSpec right,
                Eval condition,
                int conditionSlot,
                boolean leftOuter,
                int[] rightSlots) {
            this(left, right, condition, conditionSlot, leftOuter, rightSlots, -1, List.of());
        }

        @Override
        public RelOp create() {
            return new NestedLoopJoinOp(this, left.create(), right.create());
        }
    }

    private final Spec spec;
    private final RelOp left;
    private final RelOp right;
    private boolean rightOpen;
    private boolean matched;
    private final ArenaHold hold = new ArenaHold();
    private RowGeneration generation;

    private NestedLoopJoinOp(Spec spec, RelOp left, RelOp right) {
        this.spec = spec;
        this.left = left;
        this.right = right;
    }

    @Override
    public void open(Frame frame) {
        hold.open(frame);
        if (generation == null && !spec.memos().isEmpty()) { // no memo, no counting
            generation = RowGeneration.of(frame, spec.generationState());
        }
        left.open(frame);
        rightOpen = false;
    }

    @Override
    public boolean next(Frame frame) {
        while (true) {
            if (!rightOpen) {
                hold.release(frame);
                if (!left.next(frame)) {
                    return false;
                }
                if (generation != null) {
                    generation.advance();
                }
                hold.hold(frame);
                right.open(frame);
                rightOpen = true;
                matched = false;
            }
            long mark = frame.arenaMark();
            while (right.next(frame)) {
                if (accept(frame)) {
                    matched = true;
                    return true;
                }
                frame.releaseTo(mark); // a rejected pair keeps nothing
            }
            right.close(frame);
            rightOpen = false;
            if (spec.leftOuter() && !matched) {
                for (int slot : spec.rightSlots()) {
                    frame.slot(slot).setNull();
                }
                return true;
            }
        }
    }

    private boolean accept(Frame frame) {
        if (spec.condition() == null) {
            return true;
        }
        return spec.condition().isTrue(frame, frame.slot(spec.conditionSlot()));
    }

    @Override
    public void close(Frame frame) {
        if (rightOpen) {
            right.close(frame);
            rightOpen = false;
        }
        left.close(frame);
        hold.close(frame);
    }
}
