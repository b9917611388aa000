package org.partiqlvm.engine.expr;

import java.util.List;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Navigation {@code root.a['b'][1]...}: field lookups on structs and index lookups on lists.
 *
 * <p>Reads: the root evaluated into {@code out}, each index into its step's temporary slot. Writes:
 * {@code out} = the value reached.
 *
 * <p>Unknowns: navigating from NULL gives MISSING (in both modes, as the suite expects for {@code
 * (NULL).a}), except from a NULL root that stands for an outer join's null-extended row ({@code
 * nullTupleRoot}: the root is a null-extended variable, see {@code VarInfo}), whose attributes are
 * all NULL, so the path gives NULL ({@code b.title} for the unmatched rows of {@code FROM s LEFT
 * JOIN s.books AS b}); a field absent from a struct, an index out of range, or a step on a value of
 * the wrong kind (a field of a non-struct, an index into a bag or a struct by number) gives MISSING
 * in COERCE mode and an {@link EvaluationException} naming the step and the type found in ERROR
 * mode. {@code [n]} reads a list position only; {@code [CAST(e AS STRING)]} (a by-name step) looks
 * a struct field up case-sensitively.
 *
 * <p>In ERROR mode a field name that matches several fields of a struct (duplicate names, or names
 * differing only in case for an unquoted step) is ambiguous and raises an error; in COERCE mode the
 * first match is taken.
 *
 * <p>Allocates nothing: lookups return values already in the input.
 */
public final class PathEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval root;
    private final PathStepSpec[] steps;
    private final boolean nullTupleRoot;
    private final EvalMode mode;
    private final String source;

    /** Creates the evaluator of a path whose NULL root gives MISSING. */
    public PathEval(
            Eval root, List<PathStepSpec> steps, EvalMode mode, String source, SourceSpan span) {
        this(root, steps, false, mode, source, span);
    }

    /**
     * Creates the evaluator.
     *
     * @param root the value navigated from
     * @param steps the steps, at least one
     * @param nullTupleRoot whether a NULL root is a null-extended row (the path then gives NULL)
     * @param mode evaluation mode
     * @param source the statement text, for error snippets
     * @param span where the path is written
     */
    public PathEval(
            Eval root,
            List<PathStepSpec> steps,
            boolean nullTupleRoot,
            EvalMode mode,
            String source,
            SourceSpan span) {
        super(span);
        this.root = root;
        this.steps = steps.toArray(new PathStepSpec[0]);
        this.nullTupleRoot = nullTupleRoot;
        this.mode = mode;
        this.source = source;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        root.eval(frame, out);
        if (nullTupleRoot && out.isNull()) {
            return;
        }
        for (PathStepSpec step : steps) {
            ValueKind kind = out.kind();
            if (kind == ValueKind.NULL) {
                out.setMissing();
                return;
            }
            if (step.fieldName() != null) {
                if (kind != ValueKind.STRUCT) {
                    fail(out, step, "cannot read field of " + kind.displayName());
                    return;
                }
                Value struct = out.storedValue(); // not copied: a field of the row's own struct
                Value field = struct.get(step.fieldName(), step.caseSensitive());
                if (field.isMissing()) {
                    fail(out, step, "no such field");
                    return;
                }
                if (mode == EvalMode.ERROR && isAmbiguous((StructValue) struct, step)) {
                    fail(out, step, "ambiguous: the struct has several fields of that name");
                    return;
                }
                out.setValue(field);
            } else {
                Slot index = frame.slot(step.indexSlot());
                step.index().eval(frame, index);
                if (!navigateIndex(out, index, step)) {
                    return;
                }
            }
        }
    }

    /** True when more than one field of the struct matches the step's name. */
    private static boolean isAmbiguous(StructValue struct, PathStepSpec step) {
        int first = struct.indexOf(step.fieldName(), step.caseSensitive());
        return struct.indexOf(step.fieldName(), step.caseSensitive(), first + 1) >= 0;
    }

    private boolean navigateIndex(Slot out, Slot index, PathStepSpec step) {
        ValueKind kind = out.kind();
        ValueKind indexKind = index.kind();
        if (step.byName()) {
            if (kind == ValueKind.STRUCT && indexKind.isText()) {
                Value field = out.storedValue().get(index.getString(), true);
                if (field.isMissing()) {
                    fail(out, step, "no such field");
                    return false;
                }
                out.setValue(field);
                return true;
            }
        } else if ((kind == ValueKind.LIST || kind == ValueKind.SEXP)
                && indexKind == ValueKind.INT) {
            Value collection = out.storedValue();
            long i = index.isLong() ? index.getLong() : -1;
            if (i < 0 || i >= collection.size()) {
                fail(out, step, "index " + index + " out of range");
                return false;
            }
            out.setValue(collection.get((int) i));
            return true;
        }
        fail(out, step, "cannot index " + kind.displayName() + " by " + indexKind.displayName());
        return false;
    }

    private void fail(Slot out, PathStepSpec step, String problem) {
        if (mode == EvalMode.ERROR) {
            throw new EvaluationException(
                    "path step " + step.describe() + ": " + problem, span, source);
        }
        out.setMissing();
    }
}
