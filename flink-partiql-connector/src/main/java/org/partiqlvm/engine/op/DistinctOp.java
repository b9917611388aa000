package org.partiqlvm.engine.op;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;

/**
 * {@code SELECT DISTINCT}: passes on the result elements of its input (a projection) that are not
 * equivalent to an earlier one, in input order.
 *
 * <p>Reads: the projection's output slots, which it leaves untouched. Elements compare by PartiQL
 * equivalence ({@code 1} and {@code 1.0} are duplicates; NULL and MISSING are not): a row of
 * columns by its column values (a MISSING column matches only a MISSING column, as the missing
 * field of a struct), a value row by its value. With duplicate column names ({@code SELECT a AS x,
 * b AS x}) the row compares as the struct it becomes.
 *
 * <p>Allocates one key per distinct element (it must be remembered), nothing for a duplicate.
 */
public final class DistinctOp implements RelOp {

    /**
     * The compiled DISTINCT.
     *
     * @param input the projection
     * @param outputSlots the projection's output slots
     * @param columnNames the projection's column names, or null for value rows
     */
    public record Spec(RelSpec input, int[] outputSlots, List<String> columnNames)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Distinct " + Explain.slots(outputSlots);
        }

        public Spec {
            outputSlots = outputSlots.clone();
            columnNames = columnNames == null ? null : List.copyOf(columnNames);
        }

        @Override
        public RelOp create() {
            return new DistinctOp(this, input.create());
        }
    }

    private final RelOp input;
    private final int[] outputSlots;
    private final String[] structNames;
    private final EquivalenceKey probe;
    private final HashSet<EquivalenceKey> seen = new HashSet<>();

    private DistinctOp(Spec spec, RelOp input) {
        this.input = input;
        this.outputSlots = spec.outputSlots();
        this.structNames =
                spec.columnNames() != null && hasDuplicates(spec.columnNames())
                        ? spec.columnNames().toArray(new String[0])
                        : null;
        this.probe = EquivalenceKey.probe(outputSlots.length);
    }

    private static boolean hasDuplicates(List<String> names) {
        return new HashSet<>(names).size() < names.size();
    }

    @Override
    public void open(Frame frame) {
        seen.clear();
        input.open(frame);
    }

    @Override
    public boolean next(Frame frame) {
        long mark = frame.arenaMark();
        while (input.next(frame)) {
            fillProbe(frame);
            if (!seen.contains(probe)) {
                seen.add(probe.copy());
                return true;
            }
            frame.releaseTo(mark); // a duplicate: nothing of it is kept
        }
        return false;
    }

    private void fillProbe(Frame frame) {
        if (structNames != null) {
            StructValue.Builder row = StructValue.builder();
            for (int i = 0; i < outputSlots.length; i++) {
                Slot column = frame.slot(outputSlots[i]);
                if (!column.isMissing()) {
                    row.add(structNames[i], column.toValue());
                }
            }
            probe.reset(1);
            probe.set(0, row.build());
            return;
        }
        probe.reset(outputSlots.length);
        for (int i = 0; i < outputSlots.length; i++) {
            probe.set(i, frame.slot(outputSlots[i]).toValue());
        }
    }

    @Override
    public void close(Frame frame) {
        seen.clear();
        input.close(frame);
    }
}
