package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.engine.expr.CastEval;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.FunctionKernel;
import org.partiqlvm.engine.expr.IsTypeEval;
import org.partiqlvm.engine.expr.LikeEval;
import org.partiqlvm.engine.fn.BuiltinFunctions;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.LikeMatcher;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.engine.fn.Specializer;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.Cast;
import org.partiqlvm.plan.node.IsType;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.value.Value;

/**
 * Compiles the scalar forms backed by the function library: function calls (resolved against the
 * built-in table, then the user-defined functions of the compile options, with arity checked here,
 * at compile time), LIKE (a constant pattern is compiled once), IS [NOT] type and the CAST family.
 */
final class ScalarFormCompiler {

    private final CompilationContext context;

    ScalarFormCompiler(CompilationContext context) {
        this.context = context;
    }

    Eval compile(PlanExpr expr, ExprCompiler exprs) {
        if (expr instanceof Call call) {
            return call(call, exprs);
        }
        if (expr instanceof LikeNode like) {
            return like(like, exprs);
        }
        if (expr instanceof IsType isType) {
            return new IsTypeEval(
                    exprs.compile(isType.value()),
                    context.slots().temp(),
                    isType.type(),
                    isType.negated(),
                    isType.span());
        }
        if (expr instanceof Cast cast) {
            return new CastEval(
                    CastEval.Form.valueOf(cast.kind().name()),
                    exprs.compile(cast.value()),
                    context.slots().temp(),
                    cast.type(),
                    exprs.site(cast.kind().name(), cast.span()),
                    cast.span());
        }
        throw new PlanningException(
                "cannot compile " + expr.getClass().getSimpleName(), expr.span(), context.source());
    }

    private Eval call(Call call, ExprCompiler exprs) {
        int arity = call.args().size();
        String shown = call.name().toUpperCase(java.util.Locale.ROOT);
        FunctionDefinition definition = BuiltinFunctions.lookup(call.name(), arity);
        if (definition != null) {
            return exprs.call(
                    FunctionKernel.of(specialize(definition, call)),
                    shown,
                    call.args(),
                    call.span());
        }
        FunctionDefinition udf = context.udfs().lookup(call.name(), arity);
        if (udf != null) {
            return exprs.udfCall(udf, shown, call.args(), call.span());
        }
        String message;
        if (BuiltinFunctions.isDefined(call.name())) {
            message = "function " + call.name() + " does not take " + arity + " arguments";
        } else if (context.udfs().isDefined(call.name())) {
            List<String> signatures = new ArrayList<>();
            for (FunctionDefinition d : context.udfs().definitions(call.name())) {
                signatures.add(d.signature());
            }
            message =
                    "user-defined function "
                            + call.name()
                            + " does not take "
                            + arity
                            + " arguments (defined: "
                            + String.join(", ", signatures)
                            + ")";
        } else {
            message = "unknown function " + call.name();
        }
        throw new PlanningException(message, call.span(), context.source());
    }

    /**
     * The definition to run for {@code call}: prepared from its literal arguments when the function
     * has a {@link Specializer} (a regular expression compiled once), else as is.
     */
    private FunctionDefinition specialize(FunctionDefinition definition, Call call) {
        Specializer specializer = definition.traits().specializer();
        if (specializer == null) {
            return definition;
        }
        Value[] literals = new Value[call.args().size()];
        for (int i = 0; i < literals.length; i++) {
            if (call.args().get(i) instanceof Lit lit) {
                literals[i] = lit.value();
            }
        }
        ScalarFunction f;
        try {
            f = specializer.specialize(literals);
        } catch (IllegalArgumentException e) {
            throw new PlanningException(
                    call.name().toUpperCase(java.util.Locale.ROOT) + ": " + e.getMessage(),
                    call.span(),
                    context.source());
        }
        return f == null ? definition : definition.withImplementation(f);
    }

    private Eval like(LikeNode like, ExprCompiler exprs) {
        Eval value = exprs.compile(like.value());
        int valueSlot = context.slots().temp();
        String name = like.negated() ? "NOT LIKE" : "LIKE";
        if (like.pattern() instanceof Lit pattern
                && pattern.value().kind().isText()
                && (like.escape() == null
                        || like.escape() instanceof Lit escape && escape.value().kind().isText())) {
            String escapeText =
                    like.escape() == null ? null : ((Lit) like.escape()).value().asString();
            LikeMatcher matcher = null;
            try {
                matcher = LikeMatcher.compile(pattern.value().asString(), escapeText);
            } catch (IllegalArgumentException e) {
                // an invalid constant pattern is reported at run time, by the mode's rules
            }
            if (matcher != null) {
                return new LikeEval(
                        value,
                        valueSlot,
                        matcher,
                        like.negated(),
                        exprs.site(name, like.span()),
                        like.span());
            }
        }
        return new LikeEval(
                value,
                valueSlot,
                exprs.compile(like.pattern()),
                context.slots().temp(),
                like.escape() == null ? null : exprs.compile(like.escape()),
                like.escape() == null ? -1 : context.slots().temp(),
                context.slots().state(),
                like.negated(),
                exprs.site(name, like.span()),
                like.span());
    }
}
