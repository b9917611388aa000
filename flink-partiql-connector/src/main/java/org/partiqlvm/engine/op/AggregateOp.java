package org.partiqlvm.engine.op;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.fn.Accumulator;
import org.partiqlvm.engine.fn.AggregateFunction;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * {@code GROUP BY k1 AS x1, ... GROUP AS g} with its aggregates, and the single group of a query
 * with aggregates but no GROUP BY: consumes its whole input (in {@link #open}) and produces one
 * binding tuple per group.
 *
 * <p>Reads, per input row: each key evaluated into {@code keySlots[i]}, each aggregate's argument
 * into {@code argSlot}, and, for GROUP AS, the input variables {@code groupAsSlots}. Writes, per
 * group: the key variables ({@code keySlots}, -1 entries skipped), each aggregate's result into its
 * {@code outSlot}, and the GROUP AS variable ({@code groupAsSlot}): a bag with one struct per input
 * row of the group, a field per variable (MISSING variables left out).
 *
 * <p>Keys group by PartiQL equivalence ({@code 1} and {@code 1.0} fall in one group; the group's
 * key is the first one seen). A key that is MISSING is coerced to NULL, so MISSING and NULL keys
 * share a group; GROUP PARTIAL BY ({@code partial}) keeps MISSING keys MISSING, in a group of their
 * own. Without keys there is exactly one group, even over no input: COUNT gives 0, the other
 * aggregates NULL, GROUP AS an empty bag. Groups come out in the order they were first seen.
 *
 * <p>Aggregates skip NULL and MISSING arguments (COUNT(*) counts rows); a mistyped argument (SUM of
 * a string) makes the result MISSING in COERCE mode and raises an error naming the aggregate in
 * ERROR mode (see {@link Accumulator}).
 *
 * <p>Allocates per group (key, accumulators; kept from run to run and reused), and per row the
 * GROUP AS struct when there is one; nothing else per row in the steady state.
 */
public final class AggregateOp implements RelOp {

    /**
     * One aggregate call.
     *
     * @param function the aggregate ({@link AggregateFunction#COUNT_STAR} for {@code COUNT(*)})
     * @param distinct whether it aggregates distinct values only
     * @param arg the argument, or null for {@code COUNT(*)}
     * @param outSlot the variable receiving the group's result
     * @param site the call, for errors
     */
    public record Call(
            AggregateFunction function, boolean distinct, Eval arg, int outSlot, CallSite site)
            implements Serializable {}

    /**
     * The compiled grouping.
     *
     * @param input the rows to group
     * @param keys the key expressions
     * @param keySlots per key: the key variable's slot (also the key's temporary), or a temporary
     *     when the key binds no variable
     * @param bindsKey per key: whether {@code keySlots[i]} is a variable to set per group
     * @param calls the aggregate calls
     * @param argSlot temporary slot for the aggregates' arguments
     * @param groupAsSlot the GROUP AS variable's slot, or -1
     * @param groupAsNames the field names of a GROUP AS struct
     * @param groupAsSlots the input variables making up a GROUP AS struct, parallel to the names
     * @param partial GROUP PARTIAL BY: MISSING keys stay MISSING
     */
    public record Spec(
            RelSpec input,
            List<Eval> keys,
            int[] keySlots,
            boolean[] bindsKey,
            List<Call> calls,
            int argSlot,
            int groupAsSlot,
            List<String> groupAsNames,
            int[] groupAsSlots,
            boolean partial)
            implements RelSpec {

        @Override
        public List<RelSpec> inputs() {
            return List.of(input);
        }

        @Override
        public String describe(Function<Eval, String> text) {
            StringBuilder sb = new StringBuilder(partial ? "PartialAggregate" : "Aggregate");
            sb.append(" keys ")
                    .append(Explain.evals(keys, text))
                    .append(" -> ")
                    .append(Explain.slots(keySlots));
            for (Call c : calls) {
                sb.append(", ")
                        .append(c.function())
                        .append(c.distinct() ? "(DISTINCT " : "(")
                        .append(c.arg() == null ? "*" : text.apply(c.arg()))
                        .append(") -> $")
                        .append(c.outSlot());
            }
            if (groupAsSlot >= 0) {
                sb.append(", GROUP AS -> $").append(groupAsSlot);
            }
            return sb.toString();
        }

        public Spec {
            keys = List.copyOf(keys);
            keySlots = keySlots.clone();
            bindsKey = bindsKey.clone();
            calls = List.copyOf(calls);
            groupAsNames = List.copyOf(groupAsNames);
            groupAsSlots = groupAsSlots.clone();
            if (keySlots.length != keys.size() || bindsKey.length != keys.size()) {
                throw new IllegalArgumentException("one slot per key");
            }
            if (groupAsSlots.length != groupAsNames.size()) {
                throw new IllegalArgumentException("one slot per GROUP AS field");
            }
        }

        @Override
        public RelOp create() {
            return new AggregateOp(this, input.create());
        }
    }

    /** One group: its key, running aggregates and GROUP AS members; pooled across runs. */
    private static final class Group {
        final EquivalenceKey key;
        final Accumulator[] accumulators;
        final List<Value> members = new ArrayList<>();

        Group(EquivalenceKey key, Accumulator[] accumulators) {
            this.key = key;
            this.accumulators = accumulators;
        }
    }

    private final Spec spec;
    private final RelOp input;
    private final Eval[] keys;
    private final Call[] calls;
    private final String[] groupAsNames;
    private final EquivalenceKey probe;
    private final KeyIndex<Group> index = new KeyIndex<>();
    private final List<Group> groups = new ArrayList<>();
    private int groupCount;
    private int position;

    private AggregateOp(Spec spec, RelOp input) {
        this.spec = spec;
        this.input = input;
        this.keys = spec.keys().toArray(new Eval[0]);
        this.calls = spec.calls().toArray(new Call[0]);
        this.groupAsNames = spec.groupAsNames().toArray(new String[0]);
        this.probe = EquivalenceKey.probe(keys.length);
    }

    @Override
    public void open(Frame frame) {
        releaseGroups();
        position = 0;
        input.open(frame);
        try {
            long mark = frame.arenaMark();
            while (input.next(frame)) {
                accumulate(frame, groupOf(frame)); // keys and kept values are copies
                frame.releaseTo(mark);
            }
        } finally {
            input.close(frame);
        }
        if (keys.length == 0 && groupCount == 0) {
            probe.reset(0);
            newGroup();
        }
    }

    private Group groupOf(Frame frame) {
        probe.reset(keys.length);
        for (int i = 0; i < keys.length; i++) {
            Slot slot = frame.slot(spec.keySlots()[i]);
            keys[i].eval(frame, slot);
            if (slot.isMissing() && !spec.partial()) {
                slot.setNull();
            }
            probe.set(i, slot.toValue());
        }
        Group group = index.get(probe);
        return group != null ? group : newGroup();
    }

    /** A group for the key in {@code probe}: a pooled one if any, else a new one. */
    private Group newGroup() {
        Group group;
        if (groupCount < groups.size()) {
            group = groups.get(groupCount);
            group.key.copyFrom(probe);
            for (Accumulator accumulator : group.accumulators) {
                accumulator.reset();
            }
        } else {
            Accumulator[] accumulators = new Accumulator[calls.length];
            for (int c = 0; c < calls.length; c++) {
                Call call = calls[c];
                accumulators[c] = call.function().newAccumulator(call.distinct(), call.site());
                accumulators[c].reset();
            }
            group = new Group(probe.copy(), accumulators);
            groups.add(group);
        }
        groupCount++;
        index.put(group.key, group);
        return group;
    }

    private void accumulate(Frame frame, Group group) {
        Slot arg = frame.slot(spec.argSlot());
        for (int c = 0; c < calls.length; c++) {
            Eval argument = calls[c].arg();
            if (argument == null) {
                arg.setNull(); // COUNT(*) counts the row whatever the value
            } else {
                argument.eval(frame, arg);
            }
            group.accumulators[c].add(arg);
        }
        if (spec.groupAsSlot() >= 0) {
            group.members.add(groupAsMember(frame));
        }
    }

    private Value groupAsMember(Frame frame) {
        int[] slots = spec.groupAsSlots();
        String[] names = new String[slots.length];
        Value[] values = new Value[slots.length];
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            Slot slot = frame.slot(slots[i]);
            if (slot.kind() != ValueKind.MISSING) {
                names[n] = groupAsNames[i];
                values[n] = slot.toValue();
                n++;
            }
        }
        if (n < slots.length) {
            names = java.util.Arrays.copyOf(names, n);
            values = java.util.Arrays.copyOf(values, n);
        }
        return StructValue.wrap(names, values);
    }

    @Override
    public boolean next(Frame frame) {
        if (position >= groupCount) {
            return false;
        }
        Group group = groups.get(position++);
        for (int i = 0; i < keys.length; i++) {
            if (spec.bindsKey()[i]) {
                frame.slot(spec.keySlots()[i]).setValue(group.key.get(i));
            }
        }
        for (int c = 0; c < calls.length; c++) {
            group.accumulators[c].result(frame.slot(calls[c].outSlot()));
        }
        if (spec.groupAsSlot() >= 0) {
            frame.slot(spec.groupAsSlot()).setValue(BagValue.of(group.members));
        }
        return true;
    }

    @Override
    public void close(Frame frame) {
        releaseGroups();
    }

    /** Empties the groups of the last run (they stay pooled) so they hold no values. */
    private void releaseGroups() {
        for (int i = 0; i < groupCount; i++) {
            Group group = groups.get(i);
            group.key.clear();
            group.members.clear();
        }
        groupCount = 0;
        index.clear();
    }
}
