package org.partiqlvm.engine;

import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * Up to {@link #capacity()} rows of one execution, filled by {@link ResultStream#nextBatch(int)}:
 * each row copied out of the VM's output slots into slots of the batch (values the VM or the reader
 * reuse are detached), so that all of them stay valid together until the next call on the stream.
 * One reused object per stream.
 */
public final class RowBatch {

    private final Slot[][] cells;
    private final ResultRow[] rows;
    private int size;

    RowBatch(OutputSchema schema, int columns, int capacity) {
        cells = new Slot[capacity][columns];
        rows = new ResultRow[capacity];
        for (int r = 0; r < capacity; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = new Slot();
            }
            rows[r] = new ResultRow(cells[r], schema);
        }
    }

    /** The number of rows in the batch; 0 when the execution has no more rows. */
    public int size() {
        return size;
    }

    /** The most rows the batch holds. */
    public int capacity() {
        return rows.length;
    }

    /** Row {@code i} ({@code 0 <= i < size()}), valid until the next call on the stream. */
    public ResultRow row(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("row " + i + " of a batch of " + size);
        }
        return rows[i];
    }

    void clear() {
        size = 0;
    }

    boolean isFull() {
        return size == rows.length;
    }

    /** Appends a copy of the current row, whose column slots are {@code source}. */
    void add(Slot[] source) {
        Slot[] target = cells[size++];
        for (int c = 0; c < target.length; c++) {
            Slot t = target[c];
            t.copyFrom(source[c]);
            Value v = t.storedValue();
            if (v != null && v.isReused()) {
                t.setValue(ValueArena.detach(v));
            }
        }
    }
}
