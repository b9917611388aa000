package org.partiqlvm.engine.op;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Value;

/**
 * {@code left [OUTER] UNION|INTERSECT|EXCEPT [ALL|DISTINCT] [CORRESPONDING [BY (names)]] right}:
 * combines the result elements of two queries (or collection values) with bag semantics.
 *
 * <p>Writes per row: the element into {@code outputSlots[0]}, or, when the result has columns (a
 * SQL operation whose left operand is a SELECT list, or with CORRESPONDING BY), its column values
 * into {@code outputSlots} (a MISSING column is absent from the row). With ALL an element that
 * occurs {@code m} times on the left and {@code n} times on the right occurs {@code m + n} times in
 * a UNION, {@code min(m, n)} in an INTERSECT and {@code max(m - n, 0)} in an EXCEPT; without ALL,
 * once (if at all). Elements compare by PartiQL equivalence, MISSING as NULL; rows are shaped and
 * checked by {@link SetOpRows} (SQL union compatibility, CORRESPONDING).
 *
 * <p>UNION streams the left operand, then the right one (remembering the elements seen, unless
 * ALL). INTERSECT and EXCEPT first count the right operand's elements in {@link #open}, then stream
 * the left one; only left elements come out. Output is in input order, the first occurrence of an
 * element kept.
 *
 * <p>Allocates a key per distinct element it must remember and, for SQL rows renamed or projected,
 * the result struct; nothing else per row.
 */
public final class SetOpOp implements RelOp {

    /** The set operations. */
    public enum Kind {
        UNION,
        INTERSECT,
        EXCEPT
    }

    /**
     * One operand: a query's operators and where its rows are.
     *
     * @param rel the operand's operators
     * @param outputSlots the slots of each row's columns (one slot for value rows)
     * @param columnNames the column names of a SELECT list, or null when each row is one value
     */
    public record Operand(RelSpec rel, int[] outputSlots, List<String> columnNames)
            implements Serializable {
        public Operand {
            outputSlots = outputSlots.clone();
            columnNames = columnNames == null ? null : List.copyOf(columnNames);
        }
    }

    /**
     * The compiled set operation.
     *
     * @param kind the operation
     * @param all true for ALL (keep duplicates)
     * @param outer true for the OUTER variants (any values, no compatibility check)
     * @param corresponding the CORRESPONDING BY names (empty: the common names), or null
     * @param left the left operand
     * @param right the right operand
     * @param outputSlots where each result element is written: one slot for value rows, else one
     *     per column
     * @param columnNames the result's column names, or null for value rows (only a SQL operation
     *     has columns)
     * @param text the statement text, for error snippets
     * @param span where the operation is written
     */
    public record Spec(
            Kind kind,
            boolean all,
            boolean outer,
            List<String> corresponding,
            Operand left,
            Operand right,
            int[] outputSlots,
            List<String> columnNames,
            String text,
            SourceSpan span)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(left.rel(), right.rel());
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return (outer ? "OUTER " : "")
                    + kind
                    + (all ? " ALL" : "")
                    + " -> "
                    + Explain.slots(outputSlots);
        }

        public Spec {
            corresponding = corresponding == null ? null : List.copyOf(corresponding);
            outputSlots = outputSlots.clone();
            columnNames = columnNames == null ? null : List.copyOf(columnNames);
            if (columnNames == null
                    ? outputSlots.length != 1
                    : columnNames.size() != outputSlots.length) {
                throw new IllegalArgumentException("one output slot per column, or one for values");
            }
            if (columnNames != null && outer) {
                throw new IllegalArgumentException("OUTER set operations give values, not columns");
            }
        }

        @Override
        public RelOp create() {
            return new SetOpOp(this);
        }
    }

    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int DONE = 2;

    private final Spec spec;
    private final RelOp left;
    private final RelOp right;
    private final SetOpRows rows;
    private final EquivalenceKey probe = EquivalenceKey.probe(4);
    private final HashMap<EquivalenceKey, int[]> rightCounts = new HashMap<>();
    private final HashSet<EquivalenceKey> emitted = new HashSet<>();
    private int phase;
    private boolean leftOpen;
    private boolean rightOpen;
    private boolean leftPending;
    private boolean rightPending;

    private SetOpOp(Spec spec) {
        this.spec = spec;
        this.left = spec.left().rel().create();
        this.right = spec.right().rel().create();
        String name = (spec.outer() ? "OUTER " : "") + spec.kind().name();
        this.rows =
                new SetOpRows(
                        !spec.outer(),
                        spec.corresponding(),
                        spec.columnNames() == null ? -1 : spec.columnNames().size(),
                        name,
                        spec.text(),
                        spec.span());
    }

    @Override
    public void open(Frame frame) {
        rows.reset();
        rightCounts.clear();
        emitted.clear();
        leftPending = false;
        rightPending = false;
        left.open(frame);
        leftOpen = true;
        if (rows.needsCommonNames()) {
            leftPending = left.next(frame);
            String[] leftNames = leftPending ? rows.rowNames(spec.left(), frame) : null;
            openRight(frame);
            rightPending = right.next(frame);
            String[] rightNames = rightPending ? rows.rowNames(spec.right(), frame) : null;
            rows.setCommonNames(leftNames, rightNames);
        }
        if (spec.kind() != Kind.UNION) {
            countRight(frame);
        }
        phase = LEFT;
    }

    private void openRight(Frame frame) {
        if (!rightOpen) {
            right.open(frame);
            rightOpen = true;
        }
    }

    /** Counts the right operand's elements (INTERSECT, EXCEPT). */
    private void countRight(Frame frame) {
        openRight(frame);
        while (rightPending || right.next(frame)) {
            rightPending = false;
            rows.element(spec.right(), frame, probe, false);
            int[] count = rightCounts.get(probe);
            if (count == null) {
                rightCounts.put(probe.copy(), new int[] {1});
            } else {
                count[0]++;
            }
        }
        right.close(frame);
        rightOpen = false;
    }

    @Override
    public boolean next(Frame frame) {
        if (phase == LEFT) {
            while (leftPending || left.next(frame)) {
                leftPending = false;
                Value element = rows.element(spec.left(), frame, keyProbe(), true);
                if (acceptLeft()) {
                    emit(frame, element);
                    return true;
                }
            }
            left.close(frame);
            leftOpen = false;
            phase = spec.kind() == Kind.UNION ? RIGHT : DONE;
            if (phase == RIGHT) {
                openRight(frame);
            }
        }
        if (phase == RIGHT) {
            while (rightPending || right.next(frame)) {
                rightPending = false;
                Value element = rows.element(spec.right(), frame, keyProbe(), true);
                if (spec.all() || firstTime()) {
                    emit(frame, element);
                    return true;
                }
            }
            right.close(frame);
            rightOpen = false;
            phase = DONE;
        }
        return false;
    }

    private void emit(Frame frame, Value element) {
        if (spec.columnNames() == null) {
            frame.slot(spec.outputSlots()[0]).setValue(element);
        } else {
            rows.writeColumns(frame, spec.outputSlots());
        }
    }

    /** The probe to fill, or null when no key is needed (UNION ALL). */
    private EquivalenceKey keyProbe() {
        return spec.kind() == Kind.UNION && spec.all() ? null : probe;
    }

    private boolean acceptLeft() {
        switch (spec.kind()) {
            case UNION:
                return spec.all() || firstTime();
            case INTERSECT:
                {
                    int[] count = rightCounts.get(probe);
                    if (count == null || count[0] == 0) {
                        return false;
                    }
                    if (spec.all()) {
                        count[0]--;
                        return true;
                    }
                    return firstTime();
                }
            default:
                {
                    int[] count = rightCounts.get(probe);
                    if (spec.all()) {
                        if (count != null && count[0] > 0) {
                            count[0]--;
                            return false;
                        }
                        return true;
                    }
                    return count == null && firstTime();
                }
        }
    }

    /** True (and remembers it) when the element in the probe was not emitted before. */
    private boolean firstTime() {
        if (emitted.contains(probe)) {
            return false;
        }
        emitted.add(probe.copy());
        return true;
    }

    @Override
    public void close(Frame frame) {
        if (leftOpen) {
            left.close(frame);
            leftOpen = false;
        }
        if (rightOpen) {
            right.close(frame);
            rightOpen = false;
        }
        rightCounts.clear();
        emitted.clear();
    }
}
