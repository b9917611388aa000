package org.partiqlvm.engine.op;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;

/**
 * A query used as a value: a nested SELECT, a subquery, or PIVOT. Runs the query's operators to the
 * end and collects the result.
 *
 * <p>Reads: the output slots of the query's projection after each row. Writes: {@code out} = the
 * result shaped by {@link Shape}. The operator instance is created once per VM and kept in the
 * frame's state {@code stateIndex}, so a correlated subquery reopens it per outer row.
 *
 * <p>Allocates the result collection (and a struct per row of a SELECT list).
 */
public final class QueryEval extends Eval {

    private static final long serialVersionUID = 1L;

    /** How the rows become one value. */
    public enum Shape {
        /** All rows, as a BAG (a LIST when ordered). */
        COLLECTION,
        /** PIVOT: the single row's value is the result. */
        SINGLE,
        /**
         * A scalar subquery: the single field of the single row; NULL when there is no row; an
         * error when there are several rows or fields.
         */
        SCALAR,
        /** A subquery in a collection context: the single field of each row, collected. */
        FIELD_VALUES
    }

    private final RelSpec rel;
    private final int[] outputSlots;
    private final String[] columnNames;
    private final boolean ordered;
    private final Shape shape;
    private final int stateIndex;
    private final EvalMode mode;
    private final String source;

    /**
     * Creates a query evaluator.
     *
     * @param rel the query's operators
     * @param outputSlots the slots holding each row's columns after {@code next}
     * @param columnNames the column names of a SELECT list, or null when each row is one value
     * @param ordered whether the result is a LIST
     * @param shape how rows become the value
     * @param stateIndex the frame state index holding this VM's operator instance
     * @param mode evaluation mode
     * @param source the statement text
     * @param span where the query is written
     */
    public QueryEval(
            RelSpec rel,
            int[] outputSlots,
            List<String> columnNames,
            boolean ordered,
            Shape shape,
            int stateIndex,
            EvalMode mode,
            String source,
            SourceSpan span) {
        super(span);
        this.rel = rel;
        this.outputSlots = outputSlots.clone();
        this.columnNames = columnNames == null ? null : columnNames.toArray(new String[0]);
        this.ordered = ordered;
        this.shape = shape;
        this.stateIndex = stateIndex;
        this.mode = mode;
        this.source = source;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        RelOp op = (RelOp) frame.state(stateIndex);
        if (op == null) {
            op = rel.create();
            frame.setState(stateIndex, op);
        }
        List<Value> rows = new ArrayList<>();
        op.open(frame);
        try {
            long mark = frame.arenaMark();
            while (op.next(frame)) {
                rows.add(rowValue(frame)); // a copy
                frame.releaseTo(mark);
            }
        } finally {
            op.close(frame);
        }
        switch (shape) {
            case COLLECTION -> out.setValue(ordered ? ListValue.of(rows) : BagValue.of(rows));
            case SINGLE -> out.setValue(rows.isEmpty() ? Value.MISSING : rows.get(0));
            case SCALAR -> scalar(rows, out);
            case FIELD_VALUES -> {
                List<Value> values = new ArrayList<>(rows.size());
                for (Value row : rows) {
                    values.add(singleField(row));
                }
                out.setValue(ordered ? ListValue.of(values) : BagValue.of(values));
            }
        }
    }

    private Value rowValue(Frame frame) {
        if (columnNames == null) {
            return frame.slot(outputSlots[0]).toValue();
        }
        StructValue.Builder row = StructValue.builder();
        for (int i = 0; i < outputSlots.length; i++) {
            Slot column = frame.slot(outputSlots[i]);
            if (!column.isMissing()) {
                row.add(columnNames[i], column.toValue());
            }
        }
        return row.build();
    }

    private void scalar(List<Value> rows, Slot out) {
        if (rows.isEmpty()) {
            out.setNull();
            return;
        }
        if (rows.size() > 1) {
            fail(out, "scalar subquery returned " + rows.size() + " rows");
            return;
        }
        Value row = rows.get(0);
        if (row.kind() == org.partiqlvm.value.ValueKind.STRUCT && row.fieldCount() != 1) {
            fail(out, "scalar subquery returned a row of " + row.fieldCount() + " columns");
            return;
        }
        out.setValue(singleField(row));
    }

    private static Value singleField(Value row) {
        if (row.kind() == org.partiqlvm.value.ValueKind.STRUCT && row.fieldCount() == 1) {
            return row.fieldValue(0);
        }
        return row;
    }

    private void fail(Slot out, String message) {
        if (mode == EvalMode.ERROR) {
            throw new EvaluationException(message, span, source);
        }
        out.setMissing();
    }
}
