package org.partiqlvm.engine.op;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.SexpValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The EXCLUDE paths of one variable merged into a tree of steps ({@code t.a.b, t.a[0], t.c.*}
 * becomes {@code a -> (b, [0]), c -> (*)}), so that a value is rebuilt in one pass whatever the
 * number of paths.
 *
 * <p>{@link #apply(Value)} returns a copy of the value without the parts the paths name, copying
 * only the structs and collections on the way to a removed part: untouched subtrees are shared, and
 * a value the paths do not reach is returned as is. A step that does not fit the value (a field
 * step on a list, an index past the end) removes nothing, in both modes. Steps (the RFC's exclude
 * steps): a struct field by name, case-sensitive or not; all fields ({@code .*}); a LIST (or SEXP)
 * element by position; all elements of a LIST, BAG or SEXP ({@code [*]}).
 *
 * <p>Immutable and serializable (part of a compiled plan).
 */
public final class ExcludeTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of exclude step. */
    public enum StepKind {
        /** {@code .name} or {@code ['name']}: a struct field. */
        FIELD,
        /** {@code .*}: every field of a struct. */
        ALL_FIELDS,
        /** {@code [n]}: the element at a position of a list. */
        INDEX,
        /** {@code [*]}: every element of a collection. */
        ALL_ELEMENTS
    }

    /**
     * One exclude step.
     *
     * @param kind the kind
     * @param name the field name of a FIELD step, else null
     * @param caseSensitive whether a FIELD step's name is matched exactly
     * @param index the position of an INDEX step (-1 for one that cannot match), else 0
     */
    public record Step(StepKind kind, String name, boolean caseSensitive, long index)
            implements Serializable {

        public Step {
            Objects.requireNonNull(kind, "kind");
            if (kind == StepKind.FIELD) {
                Objects.requireNonNull(name, "name");
            }
        }

        /** A field step. */
        public static Step field(String name, boolean caseSensitive) {
            return new Step(StepKind.FIELD, name, caseSensitive, 0);
        }

        /** A position step. */
        public static Step index(long index) {
            return new Step(StepKind.INDEX, null, false, index);
        }

        /** {@code .*} */
        public static Step allFields() {
            return new Step(StepKind.ALL_FIELDS, null, false, 0);
        }

        /** {@code [*]} */
        public static Step allElements() {
            return new Step(StepKind.ALL_ELEMENTS, null, false, 0);
        }

        boolean matchesField(String field) {
            return switch (kind) {
                case ALL_FIELDS -> true;
                case FIELD -> caseSensitive ? name.equals(field) : name.equalsIgnoreCase(field);
                default -> false;
            };
        }

        boolean matchesElement(int position, boolean ordered) {
            return switch (kind) {
                case ALL_ELEMENTS -> true;
                case INDEX -> ordered && index == position;
                default -> false;
            };
        }
    }

    private final Step[] steps;
    private final boolean[] removes;
    private final ExcludeTree[] children;

    private ExcludeTree(Step[] steps, boolean[] removes, ExcludeTree[] children) {
        this.steps = steps;
        this.removes = removes;
        this.children = children;
    }

    /** The tree of {@code paths}, each a non-empty list of steps from the variable. */
    public static ExcludeTree of(List<List<Step>> paths) {
        Builder root = new Builder();
        for (List<Step> path : paths) {
            if (path.isEmpty()) {
                throw new IllegalArgumentException("an exclude path needs at least one step");
            }
            root.add(path, 0);
        }
        return root.build();
    }

    /** {@code value} without the parts this tree names; {@code value} itself if none is there. */
    public Value apply(Value value) {
        ValueKind kind = value.kind();
        if (kind == ValueKind.STRUCT) {
            return applyToStruct(value);
        }
        if (kind.isCollection()) {
            return applyToCollection(value, kind);
        }
        return value;
    }

    private Value applyToStruct(Value struct) {
        int n = struct.fieldCount();
        String[] names = null;
        Value[] values = null;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            String name = struct.fieldName(i);
            Value original = struct.fieldValue(i);
            Value result = original;
            for (int s = 0; s < steps.length && result != null; s++) {
                if (steps[s].matchesField(name)) {
                    result = removes[s] ? null : children[s].apply(result);
                }
            }
            if (result != original && names == null) {
                names = new String[n];
                values = new Value[n];
                for (int j = 0; j < i; j++) {
                    names[j] = struct.fieldName(j);
                    values[j] = struct.fieldValue(j);
                }
                kept = i;
            }
            if (names != null && result != null) {
                names[kept] = name;
                values[kept] = result;
                kept++;
            }
        }
        if (names == null) {
            return struct;
        }
        if (kept < n) {
            names = java.util.Arrays.copyOf(names, kept);
            values = java.util.Arrays.copyOf(values, kept);
        }
        return StructValue.wrap(names, values);
    }

    private Value applyToCollection(Value collection, ValueKind kind) {
        boolean ordered = kind != ValueKind.BAG;
        int n = collection.size();
        Value[] elements = null;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Value original = collection.get(i);
            Value result = original;
            for (int s = 0; s < steps.length && result != null; s++) {
                if (steps[s].matchesElement(i, ordered)) {
                    result = removes[s] ? null : children[s].apply(result);
                }
            }
            if (result != original && elements == null) {
                elements = new Value[n];
                for (int j = 0; j < i; j++) {
                    elements[j] = collection.get(j);
                }
                kept = i;
            }
            if (elements != null && result != null) {
                elements[kept++] = result;
            }
        }
        if (elements == null) {
            return collection;
        }
        if (kept < n) {
            elements = java.util.Arrays.copyOf(elements, kept);
        }
        return switch (kind) {
            case LIST -> ListValue.wrap(elements);
            case BAG -> BagValue.wrap(elements);
            default -> SexpValue.wrap(elements);
        };
    }

    /** Collects paths into a tree; a path that ends at a step removes the whole subtree there. */
    private static final class Builder {
        private final List<Step> steps = new ArrayList<>();
        private final List<Boolean> removes = new ArrayList<>();
        private final List<Builder> children = new ArrayList<>();

        void add(List<Step> path, int from) {
            Step step = path.get(from);
            boolean last = from == path.size() - 1;
            int i = steps.indexOf(step);
            if (i < 0) {
                steps.add(step);
                removes.add(last);
                children.add(new Builder());
                i = steps.size() - 1;
            } else if (last) {
                removes.set(i, true);
            }
            if (!last && !removes.get(i)) {
                children.get(i).add(path, from + 1);
            }
        }

        ExcludeTree build() {
            int n = steps.size();
            boolean[] remove = new boolean[n];
            ExcludeTree[] built = new ExcludeTree[n];
            for (int i = 0; i < n; i++) {
                remove[i] = removes.get(i);
                built[i] = remove[i] ? null : children.get(i).build();
            }
            return new ExcludeTree(steps.toArray(new Step[0]), remove, built);
        }
    }
}
