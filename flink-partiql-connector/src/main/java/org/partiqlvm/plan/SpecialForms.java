package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.DateAdd;
import org.partiqlvm.syntax.ast.DateDiff;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Extract;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Substring;
import org.partiqlvm.syntax.ast.Trim;

/**
 * Lowers the SQL special forms to calls with the canonical names the engine registers: {@code
 * TRIM([LEADING|TRAILING|BOTH] [chars] FROM s)} to {@code trim_leading|trim_trailing|trim_both(s[,
 * chars])}, {@code SUBSTRING(s FROM a [FOR n])} to {@code substring(s, a[, n])}, {@code POSITION(x
 * IN s)} to {@code position(x, s)}, {@code OVERLAY(s PLACING r FROM a [FOR n])} to {@code
 * overlay(s, r, a[, n])}, {@code EXTRACT(f FROM x)} to {@code extract_f(x)}, {@code DATE_ADD(f, n,
 * x)} to {@code date_add_f(n, x)} and {@code DATE_DIFF(f, a, b)} to {@code date_diff_f(a, b)}.
 *
 * <p>The same names written as plain calls ({@code substring('abc', 2)}) are checked for arity
 * here, since the engine only sees the canonical names.
 */
final class SpecialForms {

    private final PlanningContext context;
    private final ExprPlanner exprs;

    SpecialForms(PlanningContext context, ExprPlanner exprs) {
        this.context = context;
        this.exprs = exprs;
    }

    /** The call a special-form node lowers to. */
    PlanExpr lower(Expr expr, Env env) {
        if (expr instanceof Trim trim) {
            String name =
                    switch (trim.spec() == null ? Trim.Spec.BOTH : trim.spec()) {
                        case LEADING -> "trim_leading";
                        case TRAILING -> "trim_trailing";
                        case BOTH -> "trim_both";
                    };
            List<PlanExpr> args = new ArrayList<>();
            args.add(exprs.plan(trim.source(), env));
            if (trim.characters() != null) {
                args.add(exprs.plan(trim.characters(), env));
            }
            return new Call(name, args, trim.span());
        } else if (expr instanceof Substring s) {
            return new Call("substring", args(env, s.value(), s.start(), s.length()), s.span());
        } else if (expr instanceof Position p) {
            return new Call("position", args(env, p.needle(), p.haystack()), p.span());
        } else if (expr instanceof Overlay o) {
            return new Call(
                    "overlay",
                    args(env, o.value(), o.replacement(), o.start(), o.length()),
                    o.span());
        } else if (expr instanceof Extract e) {
            return new Call("extract_" + field(e.field()), args(env, e.source()), e.span());
        } else if (expr instanceof DateAdd d) {
            return new Call(
                    "date_add_" + field(d.field()),
                    args(env, d.quantity(), d.datetime()),
                    d.span());
        } else if (expr instanceof DateDiff d) {
            return new Call("date_diff_" + field(d.field()), args(env, d.from(), d.to()), d.span());
        }
        throw new IllegalStateException("unexpected expression " + expr);
    }

    /**
     * A plain call of a special form's name, lowered with its arity checked; null for any other
     * function. These names are {@link FunctionNames#isSpecialForm}'s, which no user-defined
     * function may take.
     */
    PlanExpr lowerCall(String name, CallExpr call, Env env) {
        int n = call.args().size();
        switch (name) {
            case "trim":
                requireArity(
                        call, n == 1, "TRIM takes one string (or TRIM([spec] [chars] FROM s))");
                return new Call("trim_both", exprs.planAll(call.args(), env), call.span());
            case "substring":
                requireArity(call, n == 2 || n == 3, "SUBSTRING takes 2 or 3 arguments");
                return new Call("substring", exprs.planAll(call.args(), env), call.span());
            case "position":
                requireArity(call, n == 2, "POSITION takes 2 arguments");
                return new Call("position", exprs.planAll(call.args(), env), call.span());
            case "overlay":
            case "extract":
            case "date_add":
            case "date_diff":
                throw context.error(
                        name.toUpperCase(Locale.ROOT) + " must be written in its special form",
                        call.span());
            default:
                return null;
        }
    }

    private void requireArity(CallExpr call, boolean ok, String message) {
        if (!ok || call.quantifier() != null) {
            throw context.error(message, call.span());
        }
    }

    private List<PlanExpr> args(Env env, Expr... args) {
        List<PlanExpr> planned = new ArrayList<>();
        for (Expr arg : args) {
            if (arg != null) {
                planned.add(exprs.plan(arg, env));
            }
        }
        return planned;
    }

    private static String field(DatetimeField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }
}
