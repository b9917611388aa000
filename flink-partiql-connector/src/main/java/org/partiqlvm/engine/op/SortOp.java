package org.partiqlvm.engine.op;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueOrdering;

/**
 * {@code ORDER BY k1 [ASC|DESC] [NULLS FIRST|LAST], ...}: sorts the binding tuples of its input,
 * below the projection.
 *
 * <p>Reads, per input row: the variables in scope ({@code varSlots}) and each key evaluated into
 * {@code keySlot}; both are saved in a row buffer. Once the input is exhausted (in {@link #open})
 * the rows are sorted stably in the PartiQL total order ({@link ValueOrdering}), key by key, and
 * replayed by writing the saved values back into {@code varSlots}.
 *
 * <p>NULL and MISSING keys sort together, last for ASC and first for DESC unless NULLS FIRST /
 * NULLS LAST says otherwise (the planner resolves the defaults). Keys of different types order by
 * type (booleans, numbers, dates, times, timestamps, text, LOBs, lists, structs, bags). No error in
 * either mode: every value is comparable.
 *
 * <p>Allocates nothing per row in the steady state: the row arrays are reused from run to run (only
 * numbers and strings computed at run time are boxed into values to be kept).
 */
public final class SortOp implements RelOp {

    /**
     * The compiled ORDER BY.
     *
     * @param input the rows to sort
     * @param keys the sort keys
     * @param ascending per key: ASC (true) or DESC
     * @param nullsFirst per key: NULL and MISSING before all other values
     * @param keySlot temporary slot for evaluating a key
     * @param varSlots the slots of every variable in scope at the sort, saved and restored per row
     */
    public record Spec(
            RelSpec input,
            List<Eval> keys,
            boolean[] ascending,
            boolean[] nullsFirst,
            int keySlot,
            int[] varSlots)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            StringBuilder sb = new StringBuilder("Sort");
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i == 0 ? " " : ", ")
                        .append(text.apply(keys.get(i)))
                        .append(ascending[i] ? " ASC" : " DESC")
                        .append(nullsFirst[i] ? " NULLS FIRST" : " NULLS LAST");
            }
            return sb.toString();
        }

        public Spec {
            keys = List.copyOf(keys);
            ascending = ascending.clone();
            nullsFirst = nullsFirst.clone();
            varSlots = varSlots.clone();
            if (ascending.length != keys.size() || nullsFirst.length != keys.size()) {
                throw new IllegalArgumentException("one direction and null order per key");
            }
        }

        @Override
        public RelOp create() {
            return new SortOp(this, input.create());
        }
    }

    private final RelOp input;
    private final Eval[] keys;
    private final int keySlot;
    private final int[] varSlots;
    private final Comparator<Value[]> rowOrder;
    private final RowBuffer rows;
    private int position;

    private SortOp(Spec spec, RelOp input) {
        this.input = input;
        this.keys = spec.keys().toArray(new Eval[0]);
        this.keySlot = spec.keySlot();
        this.varSlots = spec.varSlots();
        this.rows = new RowBuffer(varSlots.length + keys.length);
        this.rowOrder = rowOrder(spec, varSlots.length);
    }

    private static Comparator<Value[]> rowOrder(Spec spec, int firstKey) {
        int n = spec.keys().size();
        // Java has no generic array creation; an array (not a list) keeps the per-comparison
        // lookup a plain load.
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Value>[] orders = new Comparator[n];
        for (int k = 0; k < n; k++) {
            orders[k] = ValueOrdering.forOrderBy(spec.ascending()[k], spec.nullsFirst()[k]);
        }
        return (a, b) -> {
            for (int k = 0; k < n; k++) {
                int c = orders[k].compare(a[firstKey + k], b[firstKey + k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    @Override
    public void open(Frame frame) {
        rows.clear();
        position = 0;
        Slot key = frame.slot(keySlot);
        int firstKey = varSlots.length;
        input.open(frame);
        try {
            long mark = frame.arenaMark();
            while (input.next(frame)) {
                Value[] row = rows.append();
                RowBuffer.capture(frame, varSlots, row); // copies
                for (int k = 0; k < keys.length; k++) {
                    keys[k].eval(frame, key);
                    row[firstKey + k] = key.toValue();
                }
                frame.releaseTo(mark);
            }
        } finally {
            input.close(frame);
        }
        rows.sort(rowOrder);
    }

    @Override
    public boolean next(Frame frame) {
        if (position >= rows.size()) {
            return false;
        }
        RowBuffer.restore(frame, varSlots, rows.row(position++));
        return true;
    }

    @Override
    public void close(Frame frame) {
        rows.clear();
    }
}
