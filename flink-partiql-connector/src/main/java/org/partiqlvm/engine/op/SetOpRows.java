package org.partiqlvm.engine.op;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Turns the rows of a set operation's operands into result elements and comparison keys, and checks
 * the SQL operations' union compatibility (RFC 0007).
 *
 * <p>OUTER operations take each row as one value (a row of columns as its struct) and compare whole
 * values. SQL operations ({@code UNION}, {@code INTERSECT}, {@code EXCEPT} without OUTER) work on
 * rows as tuples of columns: a row of a SELECT list, or a struct element. They match columns by
 * position, or by name with {@code CORRESPONDING [BY (names)]}; every row must have as many columns
 * as the first one, and the values of a column must be comparable types (numbers with numbers, text
 * with text, ...; NULL and MISSING with anything); an element that is not a struct, or a mismatch,
 * is an {@link EvaluationException} in both modes. The result rows take the column names of the
 * first row of the left operand (of the right one when the left is empty). When the operation's
 * result has columns ({@code columns} &ge; 0: the left operand is a SELECT list, or CORRESPONDING
 * BY names them) every row must have that many, and {@link #writeColumns} writes them out instead
 * of a struct being built.
 *
 * <p>Keys compare by PartiQL equivalence, as {@code DISTINCT} and {@code GROUP BY} keys do: a row
 * of columns by its column values, where a MISSING column (the absent field of the row's struct)
 * matches only a MISSING column, never a NULL one, so {@code {}} and {@code {'a': NULL}} stay two
 * elements. Only an OUTER operation's element that is MISSING as a whole is taken as NULL (as a
 * MISSING GROUP BY key is; the suite's {@code NULL OUTER INTERSECT MISSING} gives {@code
 * <<NULL>>}).
 */
final class SetOpRows {

    private final boolean sql;
    private final String[] byNames;
    private final boolean commonNames;
    private final int columns;
    private final String operation;
    private final String text;
    private final SourceSpan span;

    private String[] projection;
    private int width;
    private ValueKind[] kinds;
    private String[] outputNames;

    private String[] names = new String[8];
    private Value[] values = new Value[8];
    private int count;
    private Value struct;
    private Value[] picked = new Value[8];
    private Value[] current;

    /**
     * Creates the row shaper of one set operation.
     *
     * @param sql true for the SQL operations (union compatibility applies)
     * @param corresponding the CORRESPONDING BY names, empty for plain CORRESPONDING, or null
     * @param columns the number of columns of the result, or -1 when it is made of values
     * @param operation the operation's name, for messages
     * @param text the statement text
     * @param span where the operation is written
     */
    SetOpRows(
            boolean sql,
            List<String> corresponding,
            int columns,
            String operation,
            String text,
            SourceSpan span) {
        this.sql = sql;
        this.byNames =
                corresponding == null || corresponding.isEmpty()
                        ? null
                        : corresponding.toArray(new String[0]);
        this.commonNames = corresponding != null && corresponding.isEmpty();
        this.columns = columns;
        this.operation = operation;
        this.text = text;
        this.span = span;
    }

    /** Forgets the shape of the previous run's rows. */
    void reset() {
        projection = byNames;
        width = columns;
        kinds = columns < 0 ? null : new ValueKind[columns];
        outputNames = null;
    }

    /** True for plain CORRESPONDING: the names must be found from both operands' first rows. */
    boolean needsCommonNames() {
        return commonNames;
    }

    /** The column names of the current row of {@code operand} (a tuple), copied. */
    String[] rowNames(SetOpOp.Operand operand, Frame frame) {
        if (!readTuple(operand, frame)) {
            throw incompatible("an element is " + struct.kind().displayName() + ", not a row");
        }
        return java.util.Arrays.copyOf(names, count);
    }

    /**
     * Sets the names of plain CORRESPONDING: those of the left first row found in the right first
     * row, in left order; all the names of the one side with rows when the other has none.
     */
    void setCommonNames(String[] left, String[] right) {
        if (left == null || right == null) {
            projection = left != null ? left : right != null ? right : new String[0];
            return;
        }
        List<String> common = new ArrayList<>();
        for (String name : left) {
            for (String other : right) {
                if (name.equals(other) && !common.contains(name)) {
                    common.add(name);
                }
            }
        }
        if (common.isEmpty()) {
            throw incompatible("CORRESPONDING: the operands have no column name in common");
        }
        projection = common.toArray(new String[0]);
    }

    /**
     * Reads the current row of {@code operand}: fills {@code probe} (if not null) with its key and
     * returns its result element, or null when {@code emitted} is false (a row only compared).
     */
    Value element(SetOpOp.Operand operand, Frame frame, EquivalenceKey probe, boolean emitted) {
        if (!sql) {
            Value v = wholeRow(operand, frame);
            if (probe != null) {
                probe.reset(1);
                probe.set(0, v.isMissing() ? Value.NULL : v);
            }
            return v;
        }
        if (!readTuple(operand, frame)) {
            throw incompatible(
                    "an element is "
                            + struct.kind().displayName()
                            + ", not a row (OUTER "
                            + operation
                            + " combines any values)");
        }
        Value[] row = pick();
        int n = projection != null ? projection.length : count;
        checkShape(row, n);
        if (probe != null) {
            probe.reset(n);
            for (int i = 0; i < n; i++) {
                probe.set(i, row[i]);
            }
        }
        current = row;
        if (!emitted || columns >= 0) {
            return null;
        }
        if (outputNames == null) {
            outputNames = projection != null ? projection : java.util.Arrays.copyOf(names, count);
        }
        return build(row, n);
    }

    /** Writes the columns of the row last read by {@link #element} into {@code slots}. */
    void writeColumns(Frame frame, int[] slots) {
        for (int i = 0; i < slots.length; i++) {
            frame.slot(slots[i]).setValue(current[i]);
        }
    }

    private Value wholeRow(SetOpOp.Operand operand, Frame frame) {
        int[] slots = operand.outputSlots();
        if (operand.columnNames() == null) {
            return frame.slot(slots[0]).toValue();
        }
        StructValue.Builder row = StructValue.builder();
        for (int i = 0; i < slots.length; i++) {
            Slot column = frame.slot(slots[i]);
            if (!column.isMissing()) {
                row.add(operand.columnNames().get(i), column.toValue());
            }
        }
        return row.build();
    }

    /** Reads the row into names/values/count; false (struct = the value) when it is not a tuple. */
    private boolean readTuple(SetOpOp.Operand operand, Frame frame) {
        int[] slots = operand.outputSlots();
        struct = null;
        if (operand.columnNames() != null) {
            ensure(slots.length);
            for (int i = 0; i < slots.length; i++) {
                names[i] = operand.columnNames().get(i);
                values[i] = frame.slot(slots[i]).toValue();
            }
            count = slots.length;
            return true;
        }
        Value v = frame.slot(slots[0]).toValue();
        struct = v;
        if (v.kind() != ValueKind.STRUCT) {
            return false;
        }
        int n = v.fieldCount();
        ensure(n);
        for (int i = 0; i < n; i++) {
            names[i] = v.fieldName(i);
            values[i] = v.fieldValue(i);
        }
        count = n;
        return true;
    }

    private void ensure(int n) {
        if (names.length < n) {
            names = new String[n * 2];
            values = new Value[n * 2];
        }
    }

    /** The row's values in result column order: by position, or by the projected names. */
    private Value[] pick() {
        if (projection == null) {
            return values;
        }
        if (picked.length < projection.length) {
            picked = new Value[projection.length * 2];
        }
        for (int p = 0; p < projection.length; p++) {
            int i = indexOf(projection[p]);
            if (i < 0) {
                throw incompatible("CORRESPONDING: a row has no column '" + projection[p] + "'");
            }
            picked[p] = values[i];
        }
        return picked;
    }

    private int indexOf(String name) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < count; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private void checkShape(Value[] row, int n) {
        if (width < 0) {
            width = n;
            kinds = new ValueKind[n];
        } else if (n != width) {
            throw incompatible("a row has " + n + " columns where another has " + width);
        }
        for (int i = 0; i < n; i++) {
            ValueKind kind = row[i].kind();
            if (kind.isUnknown()) {
                continue;
            }
            if (kinds[i] == null) {
                kinds[i] = kind;
            } else if (!comparable(kinds[i], kind)) {
                throw incompatible(
                        "column "
                                + (i + 1)
                                + " holds "
                                + kinds[i].displayName()
                                + " and "
                                + kind.displayName());
            }
        }
    }

    private static boolean comparable(ValueKind a, ValueKind b) {
        return a == b
                || (a.isNumber() && b.isNumber())
                || (a.isText() && b.isText())
                || (a.isLob() && b.isLob());
    }

    /** The result struct; the row's own struct when it already has exactly these names. */
    private Value build(Value[] row, int n) {
        if (struct != null && projection == null && sameNames(n)) {
            return struct;
        }
        String[] fieldNames = new String[n];
        Value[] fieldValues = new Value[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!row[i].isMissing()) {
                fieldNames[kept] = outputNames[i];
                fieldValues[kept] = row[i];
                kept++;
            }
        }
        if (kept < n) {
            fieldNames = java.util.Arrays.copyOf(fieldNames, kept);
            fieldValues = java.util.Arrays.copyOf(fieldValues, kept);
        }
        return StructValue.wrap(fieldNames, fieldValues);
    }

    private boolean sameNames(int n) {
        for (int i = 0; i < n; i++) {
            if (!names[i].equals(outputNames[i])) {
                return false;
            }
        }
        return true;
    }

    private EvaluationException incompatible(String why) {
        return new EvaluationException(
                operation + " operands are not union-compatible: " + why, span, text);
    }
}
