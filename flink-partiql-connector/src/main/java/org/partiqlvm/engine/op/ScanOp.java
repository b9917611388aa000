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
import org.partiqlvm.value.ValueKind;

/**
 * {@code FROM source AS v AT i}: iterates the elements of a collection.
 *
 * <p>Reads: the source expression, evaluated once per {@link #open} into {@code sourceSlot}. Writes
 * per row: {@code v} = the element; {@code i} = its 0-based position for a LIST or SEXP, MISSING
 * for a BAG.
 *
 * <p>A source that is not a collection is, in COERCE mode, ranged over as a bag of that one value
 * ({@code FROM {'a': 5} AS v} binds the struct once; MISSING binds MISSING once); in ERROR mode it
 * raises an {@link EvaluationException} naming the type found. So does, in ERROR mode, a BAG with
 * an AT variable: a bag has no positions (the spec's FROM mistyping case "Position variable on
 * bags").
 *
 * <p>Allocates nothing per row: elements are the input's values.
 */
public final class ScanOp implements RelOp {

    /**
     * The compiled scan.
     *
     * @param source the collection expression
     * @param sourceSlot temporary slot for the evaluated source
     * @param asSlot the element variable's slot
     * @param atSlot the position variable's slot, or -1
     * @param mode evaluation mode
     * @param text the statement text, for error snippets
     * @param span where the FROM item is written
     */
    public record Spec(
            Eval source,
            int sourceSlot,
            int asSlot,
            int atSlot,
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
            return "Scan "
                    + text.apply(source)
                    + " AS $"
                    + asSlot
                    + (atSlot >= 0 ? " AT $" + atSlot : "");
        }

        @Override
        public RelOp create() {
            return new ScanOp(this);
        }
    }

    private final Spec spec;
    private Value collection;
    private boolean ordered;
    private int size;
    private int position;

    private ScanOp(Spec spec) {
        this.spec = spec;
    }

    @Override
    public void open(Frame frame) {
        Slot source = frame.slot(spec.sourceSlot());
        spec.source().eval(frame, source);
        ValueKind kind = source.kind();
        position = 0;
        if (kind.isCollection()) {
            collection = source.toValue();
            ordered = kind != ValueKind.BAG;
            size = collection.size();
            if (!ordered && spec.atSlot() >= 0 && spec.mode() == EvalMode.ERROR) {
                throw new EvaluationException(
                        "AT needs an ordered collection (LIST or SEXP), found BAG",
                        spec.span(),
                        spec.text());
            }
        } else {
            if (spec.mode() == EvalMode.ERROR) {
                throw new EvaluationException(
                        "FROM source must be a collection, found " + kind.displayName(),
                        spec.span(),
                        spec.text());
            }
            collection = source.toValue();
            ordered = false;
            size = -1;
        }
    }

    @Override
    public boolean next(Frame frame) {
        frame.step(); // one row visited, against the work budget
        if (size < 0) {
            if (position++ > 0) {
                return false;
            }
            frame.slot(spec.asSlot()).setValue(collection);
            if (spec.atSlot() >= 0) {
                frame.slot(spec.atSlot()).setMissing();
            }
            return true;
        }
        if (position >= size) {
            return false;
        }
        frame.slot(spec.asSlot()).setValue(collection.get(position));
        if (spec.atSlot() >= 0) {
            Slot at = frame.slot(spec.atSlot());
            if (ordered) {
                at.setLong(position);
            } else {
                at.setMissing();
            }
        }
        position++;
        return true;
    }

    @Override
    public void close(Frame frame) {
        collection = null;
    }
}
