package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;

/**
 * The elements of a collection value as result elements: an operand of a set operation written as
 * an expression ({@code SELECT * FROM t OUTER UNION << 'A' >>}).
 *
 * <p>Reads: the value, evaluated once per {@link #open} into {@code valueSlot}. Writes per row:
 * {@code outputSlot} = the next element (of a LIST, BAG or SEXP, in order).
 *
 * <p>NULL and MISSING are the empty bag, in both modes (RFC 0007, Example 7: {@code t OUTER UNION
 * NULL} is {@code t}). Any other value that is not a collection is, in COERCE mode, the one element
 * of a bag ({@code 1 OUTER UNION 2} gives {@code <<1, 2>>}); in ERROR mode it raises an {@link
 * EvaluationException} naming the type found.
 *
 * <p>One exception, from the suite's bag-operators.ion: when the other operand ({@code partner},
 * evaluated into {@code partnerSlot} only then) is an expression that is NULL or MISSING too, both
 * are taken as the plain values they are ({@code NULL OUTER UNION MISSING} gives {@code <<NULL>>}
 * in COERCE mode, since set operations compare MISSING as NULL, and is an error in ERROR mode).
 *
 * <p>Allocates nothing per row.
 */
public final class ElementsOp implements RelOp {

    /**
     * The compiled operand.
     *
     * @param value the collection expression
     * @param valueSlot temporary slot for the evaluated value
     * @param outputSlot where each element is written
     * @param partner the other operand's value when it is an expression too, or null
     * @param partnerSlot temporary slot for the partner's value (-1 without partner)
     * @param mode evaluation mode
     * @param text the statement text, for error snippets
     * @param span where the operand is written
     */
    public record Spec(
            Eval value,
            int valueSlot,
            int outputSlot,
            Eval partner,
            int partnerSlot,
            EvalMode mode,
            String text,
            SourceSpan span)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of();
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Elements " + text.apply(value) + " -> $" + outputSlot;
        }

        @Override
        public RelOp create() {
            return new ElementsOp(this);
        }
    }

    private final Spec spec;
    private Value collection;
    private int size;
    private int position;

    private ElementsOp(Spec spec) {
        this.spec = spec;
    }

    @Override
    public void open(Frame frame) {
        Slot value = frame.slot(spec.valueSlot());
        spec.value().eval(frame, value);
        position = 0;
        collection = value.toValue();
        if (value.kind().isCollection()) {
            size = collection.size();
            return;
        }
        if (value.isUnknown() && !partnerIsUnknown(frame)) {
            size = 0;
            return;
        }
        if (spec.mode() == EvalMode.ERROR) {
            throw new EvaluationException(
                    "set operation operand must be a collection, found "
                            + value.kind().displayName(),
                    spec.span(),
                    spec.text());
        }
        size = -1;
    }

    private boolean partnerIsUnknown(Frame frame) {
        if (spec.partner() == null) {
            return false;
        }
        Slot partner = frame.slot(spec.partnerSlot());
        spec.partner().eval(frame, partner);
        return partner.isUnknown();
    }

    @Override
    public boolean next(Frame frame) {
        Slot out = frame.slot(spec.outputSlot());
        if (size < 0) {
            if (position++ > 0) {
                return false;
            }
            out.setValue(collection);
            return true;
        }
        if (position >= size) {
            return false;
        }
        out.setValue(collection.get(position++));
        return true;
    }

    @Override
    public void close(Frame frame) {
        collection = null;
    }
}
