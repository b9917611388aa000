package org.partiqlvm.engine.compile;

import java.util.List;
import org.partiqlvm.engine.EvalMode;

/**
 * What the compilers of one statement share: the slot allocator, the evaluation mode, the statement
 * text and the global names, and the expression and relational compilers themselves (they call each
 * other for subqueries).
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

    CompilationContext(int variableCount, EvalMode mode, String source, List<String> globals) {
        this.slots = new SlotAllocator(variableCount);
        this.mode = mode;
        this.source = source;
        this.globals = List.copyOf(globals);
        this.exprs = new ExprCompiler(this);
        this.rels = new RelCompiler(this);
        this.scalarForms = new ScalarFormCompiler(this);
        this.relForms = new RelFormCompiler(this);
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
    String describe(String symbol, org.partiqlvm.syntax.SourceSpan span) {
        if (span == null || source == null || span.offset() + span.length() > source.length()) {
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
}
