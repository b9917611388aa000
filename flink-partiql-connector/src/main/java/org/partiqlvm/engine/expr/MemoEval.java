package org.partiqlvm.engine.expr;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * An expression that depends only on the outer row of a nested-loop join (or unnesting), evaluated
 * once per outer row instead of once per inner row: {@code LOWER(TRIM(o.customer.email))} in {@code
 * FROM orders AS o, o.lines AS l}.
 *
 * <p>Lazy: the expression is evaluated on its first use within an outer row (never ahead of it, so
 * an outer row without inner rows evaluates nothing and raises nothing), and its value is kept
 * until the join's {@link RowGeneration} advances. An evaluation that fails keeps nothing (the next
 * use evaluates again, as without the memo). The compiler wraps only deterministic expressions
 * without subqueries or user-defined functions, and never a plain variable or path read.
 *
 * <p>Reads: the wrapped expression's inputs on first use; frame state {@code cellState} (the kept
 * value) and {@code generationState} (the join's row number). Writes: {@code out} = the value.
 * Values that outlive a row: a string computed as arena characters is copied into a buffer the memo
 * owns and reuses (so the per-row release of the arena does not take it); a struct or collection is
 * not kept (it is evaluated again on every use). Allocates nothing in the steady state.
 */
public final class MemoEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval inner;
    private final int cellState;
    private final int generationState;

    /**
     * Creates the memo.
     *
     * @param inner the expression
     * @param cellState the frame state index of this memo's kept value
     * @param generationState the frame state index of the join's {@link RowGeneration}
     */
    public MemoEval(Eval inner, int cellState, int generationState) {
        super(inner.span());
        this.inner = inner;
        this.cellState = cellState;
        this.generationState = generationState;
    }

    /** The expression evaluated once per outer row. */
    public Eval inner() {
        return inner;
    }

    /** The frame state index of the join's {@link RowGeneration}. */
    public int generationState() {
        return generationState;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Object state = frame.state(cellState);
        Cell cell = state != null ? (Cell) state : newCell(frame);
        long generation = cell.generation.current();
        if (cell.seen == generation) {
            out.copyFrom(cell.value);
            return;
        }
        inner.eval(frame, out);
        if (cell.keep(out)) {
            cell.seen = generation;
        }
    }

    private Cell newCell(Frame frame) {
        Cell cell = new Cell(RowGeneration.of(frame, generationState));
        frame.setState(cellState, cell);
        return cell;
    }

    /** The kept value of one memo in one VM. */
    private static final class Cell {

        final RowGeneration generation;
        final Slot value = new Slot();
        long seen = -1;
        char[] chars = new char[64];

        Cell(RowGeneration generation) {
            this.generation = generation;
        }

        /** Keeps {@code out}'s value beyond the row; false when it cannot be kept. */
        boolean keep(Slot out) {
            ValueKind kind = out.kind();
            if (kind.isContainer()) {
                return false; // a constructed struct or collection may live in the arena
            }
            if (kind.isText() && out.viewChars()) {
                if (kind != ValueKind.STRING) {
                    return false;
                }
                int n = out.textLength();
                if (chars.length < n) {
                    chars = new char[Math.max(n, chars.length * 2)];
                }
                out.copyText(chars, 0);
                value.setChars(chars, 0, n);
                return true;
            }
            value.copyFrom(out);
            return true;
        }
    }
}
