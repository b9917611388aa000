package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Var;

/**
 * The mutable state of planning one statement: the options, the statement text, the variables
 * allocated so far and the highest parameter number seen.
 */
final class PlanningContext {

    private final PlannerOptions options;
    private final String source;
    private final List<VarInfo> variables = new ArrayList<>();
    private int parameterCount;

    PlanningContext(PlannerOptions options, String source) {
        this.options = options;
        this.source = source;
    }

    PlannerOptions options() {
        return options;
    }

    String source() {
        return source;
    }

    /** Allocates the next variable id. */
    int newVariable(String name, VarInfo.Kind kind) {
        int id = variables.size();
        variables.add(new VarInfo(id, name, kind));
        return id;
    }

    /** A reference to variable {@code varId}, written at {@code span}. */
    Var reference(int varId, SourceSpan span) {
        return new Var(varId, variables.get(varId).name(), span);
    }

    VarInfo variable(int varId) {
        return variables.get(varId);
    }

    /** True when {@code expr} is a variable an outer join may null-extend ({@link VarInfo}). */
    boolean isNullExtended(PlanExpr expr) {
        return expr instanceof Var var && variables.get(var.varId()).nullExtended();
    }

    /** Marks variable {@code varId} as null-extended by an outer join ({@link VarInfo}). */
    void markNullExtended(int varId) {
        variables.set(varId, variables.get(varId).asNullExtended());
    }

    /** Records the columns of the query result variable {@code varId} ranges over. */
    void setColumns(int varId, List<String> columns) {
        variables.set(varId, variables.get(varId).withColumns(columns));
    }

    List<VarInfo> variables() {
        return variables;
    }

    /** Records that parameter {@code index} (1-based) occurs. */
    void sawParameter(int index) {
        parameterCount = Math.max(parameterCount, index);
    }

    int parameterCount() {
        return parameterCount;
    }

    /** A planning error at {@code span}, with the statement text for the caret snippet. */
    PlanningException error(String message, SourceSpan span) {
        return new PlanningException(message, span, source);
    }
}
