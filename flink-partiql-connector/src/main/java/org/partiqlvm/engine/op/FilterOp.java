package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Slot;

/**
 * {@code WHERE condition} (and {@code HAVING}): passes on the rows for which the condition is TRUE.
 *
 * <p>Reads: the input's variables; the condition evaluated into {@code conditionSlot}. FALSE, NULL,
 * MISSING and non-boolean results drop the row (a type error inside the condition has already been
 * reported by the expression itself according to the mode). Allocates nothing.
 */
public final class FilterOp implements RelOp {

    /**
     * The compiled filter.
     *
     * @param input the rows to filter
     * @param condition the predicate
     * @param conditionSlot temporary slot for the predicate's value
     */
    public record Spec(RelSpec input, Eval condition, int conditionSlot) implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Filter " + text.apply(condition);
        }

        @Override
        public RelOp create() {
            return new FilterOp(this, input.create());
        }
    }

    private final Spec spec;
    private final RelOp input;

    private FilterOp(Spec spec, RelOp input) {
        this.spec = spec;
        this.input = input;
    }

    @Override
    public void open(Frame frame) {
        input.open(frame);
    }

    @Override
    public boolean next(Frame frame) {
        Slot result = frame.slot(spec.conditionSlot());
        long mark = frame.arenaMark();
        while (input.next(frame)) {
            if (spec.condition().isTrue(frame, result)) {
                return true;
            }
            // a rejected row's computed strings are dead (what joins below hold stays)
            frame.releaseTo(mark);
        }
        return false;
    }

    @Override
    public void close(Frame frame) {
        input.close(frame);
    }
}
