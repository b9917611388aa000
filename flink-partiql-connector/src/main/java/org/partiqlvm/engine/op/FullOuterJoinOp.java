package org.partiqlvm.engine.op;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;

/**
 * {@code left FULL [OUTER] JOIN right ON c}: every pair for which the condition is TRUE, plus each
 * left row without a match (right variables NULL) and, at the end, each right row without a match
 * (left variables NULL). The right side cannot refer to the left (a FULL join is never lateral).
 *
 * <p>Reads: both inputs' variables; the condition into {@code conditionSlot}. The right side is
 * read once per {@link #open} into a row buffer ({@code rightSlots} saved per row, restored per
 * pair), then the left side streams: for each left row every buffered right row is tried in order.
 * A condition that is FALSE, NULL or MISSING rejects the pair (errors inside it follow the mode).
 *
 * <p>Allocates nothing per row in the steady state (the buffer and match flags are reused).
 */
public final class FullOuterJoinOp implements RelOp {

    /**
     * The compiled FULL join.
     *
     * @param left the left input
     * @param right the right input, buffered
     * @param condition the ON condition, or null (every pair matches)
     * @param conditionSlot temporary slot for the condition
     * @param leftSlots the variables the left side binds (NULL for unmatched right rows)
     * @param rightSlots the variables the right side binds (buffered; NULL for unmatched left rows)
     */
    public record Spec(
            RelSpec left,
            RelSpec right,
            Eval condition,
            int conditionSlot,
            int[] leftSlots,
            int[] rightSlots)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(left, right);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "FullOuterJoin (nested loop) "
                    + (condition == null ? "" : "ON " + text.apply(condition) + " ")
                    + "left "
                    + Explain.slots(leftSlots)
                    + ", right "
                    + Explain.slots(rightSlots);
        }

        public Spec {
            leftSlots = leftSlots.clone();
            rightSlots = rightSlots.clone();
        }

        @Override
        public RelOp create() {
            return new FullOuterJoinOp(this, left.create(), right.create());
        }
    }

    private final Spec spec;
    private final RelOp left;
    private final RelOp right;
    private final RowBuffer rightRows;
    private boolean[] matched = new boolean[16];
    private boolean leftOpen;
    private boolean leftActive;
    private boolean leftMatched;
    private int rightPosition;
    private final ArenaHold hold = new ArenaHold();

    private FullOuterJoinOp(Spec spec, RelOp left, RelOp right) {
        this.spec = spec;
        this.left = left;
        this.right = right;
        this.rightRows = new RowBuffer(spec.rightSlots().length);
    }

    @Override
    public void open(Frame frame) {
        rightRows.clear();
        right.open(frame);
        long mark = frame.arenaMark();
        try {
            while (right.next(frame)) {
                RowBuffer.capture(frame, spec.rightSlots(), rightRows.append()); // copies
                frame.releaseTo(mark);
            }
        } finally {
            right.close(frame);
        }
        if (matched.length < rightRows.size()) {
            matched = new boolean[Math.max(rightRows.size(), matched.length * 2)];
        }
        Arrays.fill(matched, 0, rightRows.size(), false);
        hold.open(frame);
        left.open(frame);
        leftOpen = true;
        leftActive = false;
        rightPosition = 0;
    }

    @Override
    public boolean next(Frame frame) {
        while (leftOpen) {
            if (!leftActive) {
                hold.release(frame);
                if (!left.next(frame)) {
                    left.close(frame);
                    leftOpen = false;
                    rightPosition = 0;
                    break;
                }
                hold.hold(frame);
                leftActive = true;
                leftMatched = false;
                rightPosition = 0;
            }
            long mark = frame.arenaMark();
            while (rightPosition < rightRows.size()) {
                int row = rightPosition++;
                RowBuffer.restore(frame, spec.rightSlots(), rightRows.row(row));
                if (accept(frame)) {
                    matched[row] = true;
                    leftMatched = true;
                    return true;
                }
                frame.releaseTo(mark); // a rejected pair keeps nothing
            }
            leftActive = false;
            if (!leftMatched) {
                RowBuffer.setNull(frame, spec.rightSlots());
                return true;
            }
        }
        while (rightPosition < rightRows.size()) {
            int row = rightPosition++;
            if (!matched[row]) {
                RowBuffer.restore(frame, spec.rightSlots(), rightRows.row(row));
                RowBuffer.setNull(frame, spec.leftSlots());
                return true;
            }
        }
        return false;
    }

    private boolean accept(Frame frame) {
        if (spec.condition() == null) {
            return true;
        }
        return spec.condition().isTrue(frame, frame.slot(spec.conditionSlot()));
    }

    @Override
    public void close(Frame frame) {
        if (leftOpen) {
            left.close(frame);
            leftOpen = false;
        }
        hold.close(frame);
        rightRows.clear();
    }
}
