package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueKind;

/**
 * A collection constructor: {@code [e1, e2]} (LIST), {@code <<e1, e2>>} (BAG) or an Ion
 * s-expression (SEXP).
 *
 * <p>Reads: each element evaluated into the temporary slot {@code elementSlot}. Writes: {@code out}
 * = the new collection. MISSING elements are kept (a list may hold MISSING). The collection, and
 * the numbers and strings computed for its elements, come from the VM's arena ({@link
 * Slot#toRowValue}): valid until the row ends, copied by {@link Slot#toValue()} for whoever keeps
 * them; no allocation once the arena has grown.
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
        ValueArena arena = frame.arena();
        CollectionValue collection =
                switch (kind) {
                    case LIST -> arena.list();
                    case BAG -> arena.bag();
                    default -> arena.sexp();
                };
        for (Eval e : elements) {
            e.eval(frame, element);
            arena.addElement(collection, element.toRowValue(arena));
        }
        out.setValue(collection);
    }
}
