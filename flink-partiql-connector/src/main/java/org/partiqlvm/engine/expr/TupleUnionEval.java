package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueKind;

/**
 * A SELECT list with {@code x.*} or {@code *} items: builds one struct from named columns and the
 * fields of spread values, in order.
 *
 * <p>Reads: each item into {@code itemSlot}. Writes: {@code out} = the struct. A named column that
 * is MISSING is left out; a spread struct contributes all its fields; a spread NULL whose columns
 * are known (an outer join's null-extended row of a SELECT-list subquery) contributes each column
 * as NULL; any other spread value that is not a struct becomes one field {@code _n} ({@code n} =
 * the item's 1-based position); a spread MISSING adds nothing. The struct comes from the VM's arena
 * ({@link Slot#toRowValue}): valid until the row ends, copied by {@link Slot#toValue()} for whoever
 * keeps it.
 */
public final class TupleUnionEval extends Eval {

    private static final long serialVersionUID = 1L;

    private static final String[] NO_COLUMNS = new String[0];

    private final Eval[] items;
    private final String[] names;
    private final String[][] nullColumns;
    private final int itemSlot;

    /** Creates the evaluator of a list whose spread items have no known columns. */
    public TupleUnionEval(List<Eval> items, List<String> names, int itemSlot, SourceSpan span) {
        this(items, names, java.util.Collections.nCopies(items.size(), List.of()), itemSlot, span);
    }

    /**
     * Creates the evaluator.
     *
     * @param items the item expressions
     * @param names per item: the column name, or null for a spread item
     * @param nullColumns per item: the columns a spread NULL stands for (empty when unknown)
     * @param itemSlot temporary slot for each item's value
     * @param span where the SELECT list is written
     */
    public TupleUnionEval(
            List<Eval> items,
            List<String> names,
            List<List<String>> nullColumns,
            int itemSlot,
            SourceSpan span) {
        super(span);
        this.items = items.toArray(new Eval[0]);
        this.names = names.toArray(new String[0]);
        this.nullColumns = new String[items.size()][];
        for (int i = 0; i < this.nullColumns.length; i++) {
            List<String> columns = nullColumns.get(i);
            this.nullColumns[i] = columns.isEmpty() ? NO_COLUMNS : columns.toArray(new String[0]);
        }
        this.itemSlot = itemSlot;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot item = frame.slot(itemSlot);
        ValueArena arena = frame.arena();
        StructValue struct = arena.struct();
        for (int i = 0; i < items.length; i++) {
            items[i].eval(frame, item);
            if (item.isMissing()) {
                continue;
            }
            if (names[i] != null) {
                arena.addField(struct, names[i], item.toRowValue(arena));
            } else if (item.isNull() && nullColumns[i].length > 0) {
                for (String column : nullColumns[i]) {
                    arena.addField(struct, column, Value.NULL);
                }
            } else if (item.kind() == ValueKind.STRUCT) {
                Value value = item.toRowValue(arena);
                for (int f = 0; f < value.fieldCount(); f++) {
                    arena.addField(struct, value.fieldName(f), value.fieldValue(f));
                }
            } else {
                arena.addField(struct, "_" + (i + 1), item.toRowValue(arena));
            }
        }
        out.setValue(struct);
    }
}
