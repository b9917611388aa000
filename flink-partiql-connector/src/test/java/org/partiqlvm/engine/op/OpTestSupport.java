package org.partiqlvm.engine.op;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.ConstEval;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.expr.PathEval;
import org.partiqlvm.engine.expr.PathStepSpec;
import org.partiqlvm.engine.expr.VarEval;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

/** Builds specs and evaluators for operator tests and drains operators into printable rows. */
final class OpTestSupport {

    private OpTestSupport() {}

    /** The value written in Ion text ({@code $bag::[...]}, {@code $missing::null}). */
    static Value ion(String text) {
        return IonValueReader.standard().read(text);
    }

    /** A constant. */
    static Eval constant(Value value) {
        return new ConstEval(value, null);
    }

    /** A constant written in Ion text. */
    static Eval constant(String ionText) {
        return constant(ion(ionText));
    }

    /** The variable in {@code slot}. */
    static Eval var(int slot) {
        return new VarEval(slot, "v" + slot, null);
    }

    /** {@code v.name} for the variable in {@code slot} (permissive: MISSING when absent). */
    static Eval field(int slot, String name) {
        return field(slot, name, EvalMode.COERCE);
    }

    /** {@code v.name} for the variable in {@code slot}. */
    static Eval field(int slot, String name, EvalMode mode) {
        return new PathEval(var(slot), List.of(PathStepSpec.field(name, false)), mode, null, null);
    }

    /** An evaluator computed by a function of the frame (tests only: not serializable). */
    static Eval computed(Function<Frame, Value> function) {
        return new Eval(null) {
            private static final long serialVersionUID = 1L;

            @Override
            public void eval(Frame frame, Slot out) {
                out.setValue(function.apply(frame));
            }
        };
    }

    /** {@code FROM <collection> AS v} binding slot {@code asSlot}, with temporary {@code temp}. */
    static RelSpec scan(String ionCollection, int asSlot, int temp) {
        return scan(ionCollection, asSlot, -1, temp);
    }

    /** {@code FROM <collection> AS v AT i}. */
    static RelSpec scan(String ionCollection, int asSlot, int atSlot, int temp) {
        return new ScanOp.Spec(
                constant(ionCollection), temp, asSlot, atSlot, EvalMode.COERCE, null, null);
    }

    /** Runs the operator and prints each row as the values of {@code slots}, space-separated. */
    static List<String> drain(RelOp op, Frame frame, int... slots) {
        List<String> rows = new ArrayList<>();
        op.open(frame);
        try {
            while (op.next(frame)) {
                StringBuilder row = new StringBuilder();
                for (int slot : slots) {
                    row.append(row.length() == 0 ? "" : " ").append(frame.slot(slot));
                }
                rows.add(row.toString());
            }
        } finally {
            op.close(frame);
        }
        return rows;
    }

    /** Runs the operator and collects the value of {@code slot} per row. */
    static List<Value> values(RelOp op, Frame frame, int slot) {
        List<Value> rows = new ArrayList<>();
        op.open(frame);
        try {
            while (op.next(frame)) {
                rows.add(frame.slot(slot).toValue());
            }
        } finally {
            op.close(frame);
        }
        return rows;
    }
}
