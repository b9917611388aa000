package org.partiqlvm.engine.op;

import java.util.Arrays;
import java.util.Comparator;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Value;

/**
 * The rows a materializing operator holds (ORDER BY's binding tuples, the right side of a FULL
 * join): one {@code Value[]} of a fixed width per row.
 *
 * <p>The row arrays are kept from run to run: {@link #clear()} forgets the values but not the
 * arrays, so a reopened operator (a correlated subquery, the next record) allocates no row array
 * until it holds more rows than ever before.
 */
final class RowBuffer {

    private final int width;
    private Value[][] rows = new Value[16][];
    private int size;

    RowBuffer(int width) {
        this.width = width;
    }

    /** Appends a row and returns its array, to be filled by the caller. */
    Value[] append() {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
        }
        Value[] row = rows[size];
        if (row == null) {
            row = new Value[width];
            rows[size] = row;
        }
        size++;
        return row;
    }

    /** The number of rows. */
    int size() {
        return size;
    }

    /** Row {@code i}. */
    Value[] row(int i) {
        return rows[i];
    }

    /** Sorts the rows, stably (equal rows keep their order). */
    void sort(Comparator<Value[]> order) {
        Arrays.sort(rows, 0, size, order);
    }

    /** Forgets every row; the arrays are kept for the next run but hold no values. */
    void clear() {
        for (int i = 0; i < size; i++) {
            Arrays.fill(rows[i], null);
        }
        size = 0;
    }

    /** Copies the values of {@code slots} into {@code row}, starting at {@code row[0]}. */
    static void capture(Frame frame, int[] slots, Value[] row) {
        for (int i = 0; i < slots.length; i++) {
            row[i] = frame.slot(slots[i]).toValue();
        }
    }

    /** Writes {@code row[0..]} back into {@code slots}. */
    static void restore(Frame frame, int[] slots, Value[] row) {
        for (int i = 0; i < slots.length; i++) {
            frame.slot(slots[i]).setValue(row[i]);
        }
    }

    /** Sets every slot of {@code slots} to NULL (the unmatched side of an outer join). */
    static void setNull(Frame frame, int[] slots) {
        for (int slot : slots) {
            frame.slot(slot).setNull();
        }
    }
}
