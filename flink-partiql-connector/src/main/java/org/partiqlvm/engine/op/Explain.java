package org.partiqlvm.engine.op;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;

/** Small text helpers of the operators' {@link RelSpec#describe} lines. */
final class Explain {

    private Explain() {}

    /** {@code $[1, 2]}. */
    static String slots(int[] slots) {
        return "$" + Arrays.toString(slots);
    }

    /** {@code [a, b + 1]}: each evaluator as its statement text. */
    static String evals(List<Eval> evals, Function<Eval, String> text) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < evals.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(text.apply(evals.get(i)));
        }
        return sb.append(']').toString();
    }
}
