package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.value.Value;

/**
 * Resolves names with PartiQL scoping, innermost first: a variable of the current query block (FROM
 * AS/AT/BY, LET; after GROUP BY only the keys and GROUP AS) or a WITH query, then the same in the
 * enclosing blocks; then, when a block has FROM variables, a field of their values ({@code SELECT a
 * FROM t} is {@code SELECT t.a FROM t}; with several candidates, or when the name is also a known
 * global, a {@link DynamicLookup}); then a global. Names match case-insensitively unless quoted;
 * {@code @x} looks only for a variable.
 */
final class NameResolver {

    private final PlanningContext context;
    private final QueryPlanner queries;

    NameResolver(PlanningContext context, QueryPlanner queries) {
        this.context = context;
        this.queries = queries;
    }

    /** Whether {@code ref} names a variable or WITH query in scope (before grouping too). */
    boolean isVariable(VarRef ref, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.find(ref.name(), ref.caseSensitive(), ref.span(), context) != null
                    || s.findQuery(ref.name(), ref.caseSensitive()) != null) {
                return true;
            }
            if (s.preGroup() != null
                    && s.preGroup().find(ref.name(), ref.caseSensitive(), ref.span(), context)
                            != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Resolves a name: a local variable of this block or an enclosing one (innermost first; after
     * GROUP BY only keys and GROUP AS are in scope), else a field of the FROM variables (SQL
     * style), else a global. In a FROM source (the source itself or the root of its path), a known
     * global comes first: the suite's {@code SELECT VALUE b FROM [{'b':5}] AS a, a.b AS b} reads
     * the global {@code a}, and {@code @a.b} the variable.
     */
    PlanExpr resolve(VarRef ref, Env env) {
        if (env.fromSource() && !ref.local()) {
            PlanExpr named = namedQuery(ref, env.scope());
            if (named != null) {
                return named;
            }
            String declared = knownGlobal(ref.name(), ref.caseSensitive());
            if (declared != null) {
                return new Global(declared, true, ref.span());
            }
        }
        for (Scope s = env.scope(); s != null; s = s.parent()) {
            Scope.Entry entry = s.find(ref.name(), ref.caseSensitive(), ref.span(), context);
            if (entry != null) {
                return context.reference(entry.varId(), ref.span());
            }
            Scope.NamedQuery named =
                    ref.local() ? null : s.findQuery(ref.name(), ref.caseSensitive());
            if (named != null) {
                return queries.query(named.query(), named.scope());
            }
            if (s.preGroup() != null) {
                Scope.Entry before =
                        s.preGroup().find(ref.name(), ref.caseSensitive(), ref.span(), context);
                if (before != null) {
                    return nonGrouped(context.reference(before.varId(), ref.span()), ref);
                }
            }
        }
        if (ref.local() || env.fromSource() || !context.options().dynamicResolution()) {
            return global(ref);
        }
        for (Scope s = env.scope(); s != null; s = s.parent()) {
            Scope candidatesScope = s.preGroup() != null ? s.preGroup() : s;
            List<Integer> candidates = candidatesScope.fromVariables();
            if (candidates.isEmpty()) {
                continue;
            }
            PlanExpr field = fieldOf(candidates, ref);
            return s.preGroup() != null ? nonGrouped(field, ref) : field;
        }
        return global(ref);
    }

    /** The WITH query {@code ref} names, planned afresh, or null. */
    PlanExpr namedQuery(VarRef ref, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.find(ref.name(), ref.caseSensitive(), ref.span(), context) != null) {
                return null;
            }
            Scope.NamedQuery named = s.findQuery(ref.name(), ref.caseSensitive());
            if (named != null) {
                return queries.query(named.query(), named.scope());
            }
        }
        return null;
    }

    private PlanExpr fieldOf(List<Integer> candidates, VarRef ref) {
        String global = knownGlobal(ref.name(), ref.caseSensitive());
        if (candidates.size() == 1 && global == null) {
            Var var = context.reference(candidates.get(0), ref.span());
            return new PathGet(
                    var,
                    List.of(new PathStepNode.Field(ref.name(), ref.caseSensitive(), ref.span())),
                    context.isNullExtended(var),
                    ref.span());
        }
        List<Var> vars = new ArrayList<>();
        for (int id : candidates) {
            vars.add(context.reference(id, ref.span()));
        }
        return new DynamicLookup(ref.name(), ref.caseSensitive(), vars, false, ref.span());
    }

    /** A global: the declared spelling when known, else as written (checked at run time). */
    PlanExpr global(VarRef ref) {
        String declared = knownGlobal(ref.name(), ref.caseSensitive());
        if (declared != null) {
            return new Global(declared, true, ref.span());
        }
        if (context.options().strict()) {
            throw context.error("undefined variable '" + ref.name() + "'", ref.span());
        }
        return new Global(ref.name(), ref.caseSensitive(), ref.span());
    }

    /** The declared spelling of the global {@code name}, or null when unknown or ambiguous. */
    String knownGlobal(String name, boolean caseSensitive) {
        String found = null;
        for (String global : context.options().globals()) {
            if (global.equals(name)) {
                return global;
            }
            if (!caseSensitive && global.equalsIgnoreCase(name)) {
                if (found != null) {
                    return null;
                }
                found = global;
            }
        }
        return found;
    }

    /**
     * A reference to a variable that went out of scope with GROUP BY: a static error in strict
     * planning; otherwise MISSING, navigated as written (so a path from it is MISSING in permissive
     * mode and an error in strict mode, as the suite expects of {@code ... GROUP BY T.a ORDER BY
     * S.a}).
     */
    private PlanExpr nonGrouped(PlanExpr resolved, VarRef ref) {
        if (context.options().strict()) {
            throw context.error(
                    "'"
                            + ref.name()
                            + "' must be a GROUP BY key or be used inside an aggregate function",
                    ref.span());
        }
        Lit missing = new Lit(Value.MISSING, ref.span());
        if (resolved instanceof PathGet path) {
            return new PathGet(missing, path.steps(), path.span());
        }
        if (resolved instanceof DynamicLookup lookup) {
            return new PathGet(
                    missing,
                    List.of(
                            new PathStepNode.Field(
                                    lookup.name(), lookup.caseSensitive(), ref.span())),
                    ref.span());
        }
        return missing;
    }
}
