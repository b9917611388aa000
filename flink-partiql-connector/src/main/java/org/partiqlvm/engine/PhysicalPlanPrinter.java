package org.partiqlvm.engine;

import java.util.Arrays;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.MemoEval;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.error.SourceSpan;

/**
 * Writes a {@link CompiledPlan} as indented text, the physical EXPLAIN: the frame (slots and
 * states), what the statement reads of each global (its JSON projection), the output columns and
 * their slots, and the operator tree as compiled (which join strategy, which slots each operator
 * writes), each evaluator shown as the statement text it was compiled from.
 */
final class PhysicalPlanPrinter {

    private final CompiledPlan plan;
    private final StringBuilder out = new StringBuilder();

    private PhysicalPlanPrinter(CompiledPlan plan) {
        this.plan = plan;
    }

    static String print(CompiledPlan plan) {
        return new PhysicalPlanPrinter(plan).write();
    }

    private String write() {
        out.append("Physical plan (")
                .append(plan.mode())
                .append(", ")
                .append(plan.slotCount())
                .append(" slots, ")
                .append(plan.stateCount())
                .append(" states)\n");
        for (int i = 0; i < plan.globalNames().size(); i++) {
            out.append("  global ")
                    .append(i)
                    .append(' ')
                    .append(plan.globalNames().get(i))
                    .append(": reads ")
                    .append(
                            plan.inputProjection(i).isAll()
                                    ? "the whole value"
                                    : plan.inputProjection(i))
                    .append(plan.isScanOnlyGlobal(i) ? " (only scanned)" : "")
                    .append('\n');
        }
        if (!plan.isQuery()) {
            out.append("Value ").append(text(plan.value())).append('\n');
            return out.toString();
        }
        out.append("Output ");
        if (plan.schema().valueRows()) {
            out.append("one value per row");
        } else {
            out.append(plan.schema().columnNames());
        }
        out.append(" from ").append("$").append(Arrays.toString(plan.outputSlots()));
        out.append(plan.isOrdered() ? ", ordered" : "").append('\n');
        operator(plan.rows(), 1);
        return out.toString();
    }

    private void operator(RelSpec spec, int depth) {
        out.append("  ".repeat(depth)).append(spec.describe(this::text)).append('\n');
        for (RelSpec input : spec.inputs()) {
            operator(input, depth + 1);
        }
    }

    /** The statement text an evaluator was compiled from, or its kind when it has none. */
    private String text(Eval eval) {
        if (eval == null) {
            return "-";
        }
        if (eval instanceof MemoEval memo) {
            return "memo#" + memo.generationState() + "(" + text(memo.inner()) + ")";
        }
        SourceSpan span = eval.span();
        String source = plan.source();
        if (span == null
                || span.offset() < 0
                || span.end() > source.length()
                || span.length() == 0) {
            return eval.getClass().getSimpleName();
        }
        return source.substring(span.offset(), span.end()).replaceAll("\\s+", " ");
    }
}
