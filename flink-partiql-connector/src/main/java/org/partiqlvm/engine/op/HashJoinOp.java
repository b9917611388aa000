package org.partiqlvm.engine.op;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * {@code left [INNER | LEFT] JOIN right ON l1 = r1 AND ... } where the right side does not refer to
 * the left (not lateral): finds the matching right rows through a hash table on the equality keys
 * instead of trying every pair.
 *
 * <p>When the first left row arrives the right side is read once (an empty left side never reads
 * it, as the nested loop would not): each row's keys {@code rightKeys} are evaluated into {@code
 * keySlot}, and the row ({@code rightSlots}) is saved under them; a row with a NULL or MISSING key
 * can match nothing ({@code NULL = x} is never TRUE) and is dropped. Then, per left row, its keys
 * {@code leftKeys} select the candidate right rows, in input order, and the <em>whole</em> ON
 * condition is evaluated for each ({@code conditionSlot}): a pair is kept when it is TRUE, so the
 * result is the nested-loop join's, in the same order. A LEFT join emits a left row without any
 * kept pair once, with the right variables NULL.
 *
 * <p>Keys hash by PartiQL equivalence for numbers, text, LOBs and booleans ({@code 1} finds {@code
 * 1.0}); values of the other types, for which {@code =} is looser than equivalence (a DATE equals
 * the TIMESTAMP of its midnight), go to one bucket per family and are told apart by the condition.
 * In both modes the condition is evaluated on the candidate pairs only: in strict mode an error the
 * condition would raise only for a pair whose keys differ is not raised (the keys themselves are
 * evaluated on every row of both sides, as the nested loop evaluates them).
 *
 * <p>Allocates per distinct right key (the table entry) at build time; nothing per left row.
 */
public final class HashJoinOp implements RelOp {

    /**
     * The compiled hash join.
     *
     * @param left the probing input, streamed
     * @param right the build input, read once per open
     * @param leftKeys the key expressions over the left variables
     * @param rightKeys the key expressions over the right variables, parallel to {@code leftKeys}
     * @param keySlot temporary slot for a key
     * @param condition the whole ON condition
     * @param conditionSlot temporary slot for the condition
     * @param leftOuter whether unmatched left rows are kept (LEFT JOIN)
     * @param rightSlots the variables the right side binds (saved per row; NULL when unmatched)
     */
    public record Spec(
            RelSpec left,
            RelSpec right,
            List<Eval> leftKeys,
            List<Eval> rightKeys,
            int keySlot,
            Eval condition,
            int conditionSlot,
            boolean leftOuter,
            int[] rightSlots)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(left, right);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            return "HashJoin "
                    + (leftOuter ? "LEFT OUTER" : "INNER")
                    + " keys "
                    + Explain.evals(leftKeys, text)
                    + " = "
                    + Explain.evals(rightKeys, text)
                    + (condition == null ? "" : " residual " + text.apply(condition))
                    + ", right "
                    + Explain.slots(rightSlots);
        }

        public Spec {
            leftKeys = List.copyOf(leftKeys);
            rightKeys = List.copyOf(rightKeys);
            rightSlots = rightSlots.clone();
            if (leftKeys.isEmpty() || leftKeys.size() != rightKeys.size()) {
                throw new IllegalArgumentException("a hash join needs pairs of keys");
            }
        }

        @Override
        public RelOp create() {
            return new HashJoinOp(this, left.create(), right.create());
        }
    }

    private final Spec spec;
    private final RelOp left;
    private final RelOp right;
    private final Eval[] leftKeys;
    private final Eval[] rightKeys;
    private final RowBuffer rightRows;
    private final EquivalenceKey probe;

    /** Per distinct key its chain of rows, linked through {@link #next}. */
    private final KeyIndex<Chain> table = new KeyIndex<>();

    /** Chains (with their keys) reused from record to record; the first {@code chainCount} live. */
    private final List<Chain> chains = new ArrayList<>();

    private int chainCount;

    private int[] next = new int[16];
    private boolean leftOpen;
    private boolean built;
    private boolean leftActive;
    private boolean matched;
    private int candidate;
    private final ArenaHold hold = new ArenaHold();

    private HashJoinOp(Spec spec, RelOp left, RelOp right) {
        this.spec = spec;
        this.left = left;
        this.right = right;
        this.leftKeys = spec.leftKeys().toArray(new Eval[0]);
        this.rightKeys = spec.rightKeys().toArray(new Eval[0]);
        this.rightRows = new RowBuffer(spec.rightSlots().length);
        this.probe = EquivalenceKey.probe(leftKeys.length);
    }

    @Override
    public void open(Frame frame) {
        built = false;
        hold.open(frame);
        left.open(frame);
        leftOpen = true;
        leftActive = false;
    }

    private void build(Frame frame) {
        rightRows.clear();
        table.clear();
        for (int i = 0; i < chainCount; i++) {
            chains.get(i).key.clear();
        }
        chainCount = 0;
        right.open(frame);
        long mark = frame.arenaMark();
        try {
            while (right.next(frame)) {
                frame.releaseTo(mark); // the previous build row is kept as copies
                if (!fillProbe(frame, rightKeys)) {
                    continue;
                }
                int row = rightRows.size();
                RowBuffer.capture(frame, spec.rightSlots(), rightRows.append());
                if (row == next.length) {
                    next = java.util.Arrays.copyOf(next, row * 2);
                }
                next[row] = -1;
                Chain chain = table.get(probe);
                if (chain == null) {
                    chain = newChain();
                    chain.first = row;
                    table.put(chain.key, chain);
                } else {
                    next[chain.last] = row;
                }
                chain.last = row;
            }
        } finally {
            right.close(frame);
        }
    }

    /** A chain for the key in the probe: a pooled one if any, else a new one. */
    private Chain newChain() {
        Chain chain;
        if (chainCount < chains.size()) {
            chain = chains.get(chainCount);
            chain.key.copyFrom(probe);
        } else {
            chain = new Chain(probe.copy());
            chains.add(chain);
        }
        chainCount++;
        return chain;
    }

    /** The rows of one key: the first and last row number of a list linked through {@code next}. */
    private static final class Chain {
        final EquivalenceKey key;
        int first;
        int last;

        Chain(EquivalenceKey key) {
            this.key = key;
        }
    }

    /** Evaluates {@code keys} into the probe; false when one is NULL or MISSING. */
    private boolean fillProbe(Frame frame, Eval[] keys) {
        Slot key = frame.slot(spec.keySlot());
        probe.reset(keys.length);
        for (int i = 0; i < keys.length; i++) {
            keys[i].eval(frame, key);
            ValueKind kind = key.kind();
            int family = bucket(kind);
            if (family < 0) {
                return false;
            }
            if (family == 0) {
                probe.set(i, key.toValue());
            } else {
                probe.setBucket(i, family);
            }
        }
        return true;
    }

    /**
     * -1 for an unknown; 0 when equivalence agrees with {@code =} (the key is hashed by value);
     * else the bucket of the kind's family under {@code =}.
     */
    private static int bucket(ValueKind kind) {
        switch (kind) {
            case MISSING:
            case NULL:
                return -1;
            case BOOL:
            case INT:
            case DECIMAL:
            case FLOAT:
            case STRING:
            case SYMBOL:
            case BLOB:
            case CLOB:
                return 0;
            case DATE:
            case TIMESTAMP:
                return 1;
            default:
                return 2 + kind.ordinal();
        }
    }

    @Override
    public boolean next(Frame frame) {
        while (true) {
            if (!leftActive) {
                hold.release(frame);
                if (!left.next(frame)) {
                    return false;
                }
                if (!built) {
                    build(frame);
                    built = true;
                }
                leftActive = true;
                matched = false;
                Chain chain =
                        rightRows.size() > 0 && fillProbe(frame, leftKeys)
                                ? table.get(probe)
                                : null;
                candidate = chain == null ? -1 : chain.first;
                hold.hold(frame);
            }
            long mark = frame.arenaMark();
            while (candidate >= 0) {
                int row = candidate;
                candidate = next[row];
                RowBuffer.restore(frame, spec.rightSlots(), rightRows.row(row));
                if (accept(frame)) {
                    matched = true;
                    return true;
                }
                frame.releaseTo(mark); // a rejected pair keeps nothing
            }
            leftActive = false;
            if (spec.leftOuter() && !matched) {
                RowBuffer.setNull(frame, spec.rightSlots());
                return true;
            }
        }
    }

    private boolean accept(Frame frame) {
        return spec.condition().isTrue(frame, frame.slot(spec.conditionSlot()));
    }

    @Override
    public void close(Frame frame) {
        if (leftOpen) {
            left.close(frame);
            leftOpen = false;
        }
        hold.close(frame);
        rightRows.clear();
        table.clear();
    }
}
