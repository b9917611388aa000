package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.Expr;

/**
 * The local variables visible at one point of a query block, and the enclosing block's scope (for
 * correlated references).
 *
 * <p>A scope may also hold the queries named by {@code WITH}. Variables are declared in order as
 * the FROM items, LET bindings and GROUP BY keys are planned; a later declaration with the same
 * spelling shadows an earlier one. A scope after GROUP BY ({@link #grouped}) holds the keys and the
 * GROUP AS variable and remembers the scope before grouping, whose variables are no longer in scope
 * (a reference to them is a non-grouped reference).
 */
final class Scope {

    /** One declared variable. */
    record Entry(String name, int varId, VarInfo.Kind kind) {}

    /** A query named by WITH, planned afresh (with new variables) wherever it is referenced. */
    record NamedQuery(String name, Expr query, Scope scope) {}

    private final Scope parent;
    private final Scope preGroup;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Integer> fromVariables = new ArrayList<>();
    private final List<NamedQuery> namedQueries = new ArrayList<>();

    private Scope(Scope parent, Scope preGroup) {
        this.parent = parent;
        this.preGroup = preGroup;
    }

    /** The scope of a new query block nested in {@code parent} (null at the statement level). */
    static Scope block(Scope parent) {
        return new Scope(parent, null);
    }

    /** The scope after grouping the block whose scope was {@code preGroup}. */
    static Scope grouped(Scope preGroup) {
        return new Scope(preGroup.parent, preGroup);
    }

    Scope parent() {
        return parent;
    }

    /** The scope before grouping, or null when this scope is not after a GROUP BY. */
    Scope preGroup() {
        return preGroup;
    }

    void declare(String name, int varId, VarInfo.Kind kind) {
        entries.add(new Entry(name, varId, kind));
        if (kind == VarInfo.Kind.FROM) {
            fromVariables.add(varId);
        }
    }

    /** A FROM variable the planner introduced: no name, but a candidate for dynamic lookup. */
    void declareHidden(int varId) {
        fromVariables.add(varId);
    }

    /** Declares a WITH query, visible from here on in this scope. */
    void declareQuery(String name, Expr query) {
        namedQueries.add(new NamedQuery(name, query, this));
    }

    /** The WITH query of this scope named {@code name} (the latest declared), or null. */
    NamedQuery findQuery(String name, boolean caseSensitive) {
        for (int i = namedQueries.size() - 1; i >= 0; i--) {
            NamedQuery query = namedQueries.get(i);
            if (caseSensitive ? query.name().equals(name) : query.name().equalsIgnoreCase(name)) {
                return query;
            }
        }
        return null;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The FROM AS variables, in order: where an unqualified name may be a field. */
    List<Integer> fromVariables() {
        return fromVariables;
    }

    /**
     * The variable of this scope (not its parents) named {@code name}, or null.
     *
     * @throws PlanningException when a case-insensitive name matches variables of different
     *     spellings
     */
    Entry find(String name, boolean caseSensitive, SourceSpan span, PlanningContext context) {
        Entry found = null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            boolean matches =
                    caseSensitive ? entry.name().equals(name) : entry.name().equalsIgnoreCase(name);
            if (!matches) {
                continue;
            }
            if (found == null) {
                found = entry;
            } else if (!found.name().equals(entry.name())) {
                throw context.error(
                        "ambiguous variable '"
                                + name
                                + "': it may be '"
                                + entry.name()
                                + "' or '"
                                + found.name()
                                + "' (quote the name to choose)",
                        span);
            }
        }
        return found;
    }
}
