package org.partiqlvm.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.Value;

/**
 * The inputs of one execution: a value for each global name the plan was compiled with (the stream,
 * the tables of an environment) and for each parameter {@code ?}.
 *
 * <p>Reusable: create it once per VM ({@link PartiQLVM#newBindings()}) and set the values before
 * each execution; setting a value by index allocates nothing, and neither does {@link
 * #setStreamRecord} when the statement only ranges over the stream. Unset globals are MISSING.
 *
 * <pre>{@code
 * Bindings in = vm.newBindings();
 * for (Value record : records) {
 *     in.setStreamRecord(0, record);          // binds <<record>> under the first global name
 *     try (ResultStream rows = vm.execute(in)) { ... }
 * }
 * }</pre>
 */
public final class Bindings {

    private final List<String> globalNames;
    private final Value[] globals;
    private Value[] parameters = new Value[0];

    /** Per global, the element array of {@link #streamBags}, or null when not reusable. */
    private final Value[][] streamElements;

    /** Per global, a one-element bag reused for every record, or null when not reusable. */
    private final BagValue[] streamBags;

    Bindings(CompiledPlan plan) {
        this.globalNames = plan.globalNames();
        this.globals = new Value[globalNames.size()];
        Arrays.fill(globals, Value.MISSING);
        this.streamElements = new Value[globals.length][];
        this.streamBags = new BagValue[globals.length];
        for (int i = 0; i < globals.length; i++) {
            if (plan.isScanOnlyGlobal(i)) {
                streamElements[i] = new Value[] {Value.MISSING};
                streamBags[i] = BagValue.wrap(streamElements[i]);
            }
        }
    }

    /** The global names, in index order. */
    public List<String> globalNames() {
        return globalNames;
    }

    /** Binds global {@code index}. */
    public Bindings set(int index, Value value) {
        globals[index] = value;
        return this;
    }

    /**
     * Binds a global by name (case-insensitive).
     *
     * @throws IllegalArgumentException if the plan has no such global
     */
    public Bindings set(String name, Value value) {
        return set(indexOf(name), value);
    }

    /**
     * Binds global {@code index} to the one-element bag {@code <<record>>}: the streaming
     * convention.
     *
     * <p>Allocation-free when the plan only ranges over the global ({@code FROM stream AS r}, in
     * any number of FROM clauses and subqueries) and never reads it as a value (as {@code stream}
     * in a SELECT list or an argument, say): the compiler proves this, and then one bag per global,
     * owned by these bindings, is refilled with each record. The scan reads the bag's element
     * during one execution and keeps nothing, so the bag itself never reaches a result. Otherwise a
     * new bag is created per call.
     */
    public Bindings setStreamRecord(int index, Value record) {
        Objects.requireNonNull(record, "record");
        Value[] elements = streamElements[index];
        if (elements == null) {
            return set(index, BagValue.of(record));
        }
        // The bag wraps this array (BagValue.wrap); refilling it is safe only because the plan
        // never lets the bag escape an execution (see CompiledPlan#isScanOnlyGlobal).
        elements[0] = record;
        globals[index] = streamBags[index];
        return this;
    }

    /** Binds the parameters {@code ?} in order. */
    public Bindings setParameters(Value... values) {
        this.parameters = values.clone();
        return this;
    }

    /** The index of a global name (case-insensitive), or -1. */
    public int indexOfOrMinusOne(String name) {
        for (int i = 0; i < globalNames.size(); i++) {
            if (globalNames.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(String name) {
        int i = indexOfOrMinusOne(name);
        if (i < 0) {
            throw new IllegalArgumentException(
                    "no global named '"
                            + name.toLowerCase(Locale.ROOT)
                            + "'; the plan was compiled with "
                            + globalNames);
        }
        return i;
    }

    Value[] globals() {
        return globals;
    }

    Value[] parameters() {
        return parameters;
    }
}
