package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.SexpValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * A collection constructor: {@code [e1, e2]} (LIST), {@code <<e1, e2>>} (BAG) or an Ion
 * s-expression (SEXP).
 *
 * <p>Reads: each element evaluated into the temporary slot {@code elementSlot}. Writes: {@code out}
 * = the new collection. MISSING elements are kept (a list may hold MISSING). Allocates the
 * collection.
 */
public final class CollectionNewEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final ValueKind kind;
    private final Eval[] elements;
    private final int elementSlot;

    public CollectionNewEval(
            ValueKind kind, List<Eval> elements, int elementSlot, SourceSpan span) {
        super(span);
        if (!kind.isCollection()) {
            throw new IllegalArgumentException("not a collection kind: " + kind);
        }
        this.kind = kind;
        this.elements = elements.toArray(new Eval[0]);
        this.elementSlot = elementSlot;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot element = frame.slot(elementSlot);
        Value[] values = new Value[elements.length];
        for (int i = 0; i < elements.length; i++) {
            elements[i].eval(frame, element);
            values[i] = element.toValue();
        }
        out.setValue(
                switch (kind) {
                    case LIST -> ListValue.wrap(values);
                    case BAG -> BagValue.wrap(values);
                    default -> SexpValue.wrap(values);
                });
    }
}
