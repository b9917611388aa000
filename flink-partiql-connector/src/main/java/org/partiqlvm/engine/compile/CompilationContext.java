package org.partiqlvm.engine.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.UserFunctions;
import org.partiqlvm.engine.runtime.EvalMode;

/**
 * What the compilers of one statement share: the slot allocator, the evaluation mode, the statement
 * text, the global names and the user-defined functions, and the expression and relational
 * compilers themselves (they call each other for subqueries). It also collects what the VM needs to
 * know about the statement as a whole: the UDFs it calls and the globals it only ranges over.
 */
final class CompilationContext {

    private final SlotAllocator slots;
    private final EvalMode mode;
    private final String source;
    private final List<String> globals;
    private final ExprCompiler exprs;
    private final RelCompiler rels;
    private final ScalarFormCompiler scalarForms;
    private final RelFormCompiler relForms;
    private final boolean[] globalsReadAsValues;
    private final UserFunctions udfs;
    private final Map<FunctionSignature, Integer> udfStates = new LinkedHashMap<>();

    CompilationContext(
            int variableCount,
            EvalMode mode,
            String source,
            List<String> globals,
            UserFunctions udfs) {
        this.udfs = udfs;
        this.slots = new SlotAllocator(variableCount);
        this.mode = mode;
        this.source = source;
        this.globals = List.copyOf(globals);
        this.exprs = new ExprCompiler(this);
        this.rels = new RelCompiler(this);
        this.scalarForms = new ScalarFormCompiler(this);
        this.relForms = new RelFormCompiler(this);
        this.globalsReadAsValues = new boolean[this.globals.size()];
    }

    SlotAllocator slots() {
        return slots;
    }

    EvalMode mode() {
        return mode;
    }

    String source() {
        return source;
    }

    List<String> globals() {
        return globals;
    }

    ExprCompiler exprs() {
        return exprs;
    }

    RelCompiler rels() {
        return rels;
    }

    ScalarFormCompiler scalarForms() {
        return scalarForms;
    }

    RelFormCompiler relForms() {
        return relForms;
    }

    /**
     * How an error names an operator: the expression as written ({@code r.qty * 2}) when it is
     * short, else the operator symbol.
     */
    String describe(String symbol, org.partiqlvm.error.SourceSpan span) {
        if (span == null
                || source == null
                || span.length() > 60 // never copy a long span (a long chain has thousands)
                || span.offset() + span.length() > source.length()) {
            return symbol;
        }
        String text = source.substring(span.offset(), span.offset() + span.length());
        return text.length() <= 60 && text.indexOf('\n') < 0 ? text : symbol;
    }

    /** The index of a global name, or -1; case-insensitive unless {@code caseSensitive}. */
    int globalIndex(String name, boolean caseSensitive) {
        for (int i = 0; i < globals.size(); i++) {
            String g = globals.get(i);
            if (caseSensitive ? g.equals(name) : g.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Records that global {@code index} is read as a value somewhere (not only ranged over as the
     * source of a FROM scan), so its bound value may escape into results.
     */
    void globalReadAsValue(int index) {
        globalsReadAsValues[index] = true;
    }

    /**
     * For each global, whether the statement only ever ranges over it ({@code FROM stream AS r}):
     * its bound collection is then read element by element during one execution and never kept,
     * which lets {@code Bindings.setStreamRecord} reuse one holder bag per record.
     */
    boolean[] scanOnlyGlobals() {
        boolean[] scanOnly = new boolean[globalsReadAsValues.length];
        for (int i = 0; i < scanOnly.length; i++) {
            scanOnly[i] = !globalsReadAsValues[i];
        }
        return scanOnly;
    }

    /** The user-defined functions calls may resolve to. */
    UserFunctions udfs() {
        return udfs;
    }

    /**
     * The frame state index where the VM installs the UDF with {@code signature}; one per distinct
     * UDF, however often it is called.
     */
    int udfState(FunctionSignature signature) {
        return udfStates.computeIfAbsent(signature, s -> slots.state());
    }

    /** The signatures of the UDFs called, in the order of {@link #udfStateIndices()}. */
    List<FunctionSignature> udfSignatures() {
        return List.copyOf(udfStates.keySet());
    }

    /** The state index of each UDF of {@link #udfSignatures()}. */
    int[] udfStateIndices() {
        return udfStates.values().stream().mapToInt(Integer::intValue).toArray();
    }
}
