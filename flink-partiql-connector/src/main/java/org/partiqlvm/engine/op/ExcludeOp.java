package org.partiqlvm.engine.op;

import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * {@code EXCLUDE t.a.b, t.c[*].d, ...}: rebinds variables to copies of their values without the
 * named parts, between ORDER BY and the projection.
 *
 * <p>Reads and writes, per row: each excluded variable ({@code rootSlots[i]}), replaced by {@link
 * ExcludeTree#apply} of its value when that removes something. A path that does not fit the value
 * removes nothing; there are no errors in either mode. Before pulling the next input row the
 * original values are put back, so operators below (a join re-evaluating its condition with the
 * left variables) never see an excluded value.
 *
 * <p>Allocates only the copies of what it changes (the structs and collections on the way to a
 * removed part); a row the paths do not reach costs nothing.
 */
public final class ExcludeOp implements RelOp {

    /**
     * The compiled EXCLUDE.
     *
     * @param input the rows
     * @param rootSlots the slots of the variables the paths start at, one per variable
     * @param trees per variable: its paths
     */
    public record Spec(RelSpec input, int[] rootSlots, List<ExcludeTree> trees) implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "Exclude " + trees.size() + " path tree(s) from " + Explain.slots(rootSlots);
        }

        public Spec {
            rootSlots = rootSlots.clone();
            trees = List.copyOf(trees);
            if (trees.size() != rootSlots.length) {
                throw new IllegalArgumentException("one tree per variable");
            }
        }

        @Override
        public RelOp create() {
            return new ExcludeOp(this, input.create());
        }
    }

    private final RelOp input;
    private final int[] rootSlots;
    private final ExcludeTree[] trees;
    private final Value[] originals;

    private ExcludeOp(Spec spec, RelOp input) {
        this.input = input;
        this.rootSlots = spec.rootSlots();
        this.trees = spec.trees().toArray(new ExcludeTree[0]);
        this.originals = new Value[rootSlots.length];
    }

    @Override
    public void open(Frame frame) {
        java.util.Arrays.fill(originals, null);
        input.open(frame);
    }

    @Override
    public boolean next(Frame frame) {
        restoreOriginals(frame);
        if (!input.next(frame)) {
            return false;
        }
        for (int i = 0; i < rootSlots.length; i++) {
            Slot slot = frame.slot(rootSlots[i]);
            ValueKind kind = slot.kind();
            if (kind != ValueKind.STRUCT && !kind.isCollection()) {
                continue;
            }
            Value original = slot.toValue();
            Value excluded = trees[i].apply(original);
            if (excluded != original) {
                originals[i] = original;
                slot.setValue(excluded);
            }
        }
        return true;
    }

    private void restoreOriginals(Frame frame) {
        for (int i = 0; i < originals.length; i++) {
            if (originals[i] != null) {
                frame.slot(rootSlots[i]).setValue(originals[i]);
                originals[i] = null;
            }
        }
    }

    @Override
    public void close(Frame frame) {
        java.util.Arrays.fill(originals, null);
        input.close(frame);
    }
}
