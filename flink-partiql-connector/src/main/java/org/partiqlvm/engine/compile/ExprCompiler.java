package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.engine.expr.ArithmeticChainEval;
import org.partiqlvm.engine.expr.CallEval;
import org.partiqlvm.engine.expr.CaseEval;
import org.partiqlvm.engine.expr.CollectionNewEval;
import org.partiqlvm.engine.expr.CompareLongConstEval;
import org.partiqlvm.engine.expr.ConstEval;
import org.partiqlvm.engine.expr.DynamicLookupEval;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.GlobalEval;
import org.partiqlvm.engine.expr.MemoEval;
import org.partiqlvm.engine.expr.OperatorKernel;
import org.partiqlvm.engine.expr.ParamEval;
import org.partiqlvm.engine.expr.PathEval;
import org.partiqlvm.engine.expr.PathStepSpec;
import org.partiqlvm.engine.expr.StructNewEval;
import org.partiqlvm.engine.expr.UdfCallEval;
import org.partiqlvm.engine.expr.VarEval;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.engine.op.QueryEval;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.node.ArithmeticChainNode;
import org.partiqlvm.plan.node.BagNew;
import org.partiqlvm.plan.node.Between;
import org.partiqlvm.plan.node.CaseNode;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.In;
import org.partiqlvm.plan.node.ListNew;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Operator;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.SexpNew;
import org.partiqlvm.plan.node.StructNew;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.value.ValueKind;

/**
 * Compiles the scalar expressions of a logical plan into {@link Eval}s: resolves variables to slots
 * and globals to indices, allocates the temporaries each evaluator needs, and builds a {@link
 * CallSite} for every operator and call.
 */
final class ExprCompiler {

    private final CompilationContext context;
    private MemoScope memo;

    ExprCompiler(CompilationContext context) {
        this.context = context;
    }

    /**
     * Sets what the expressions compiled next may be memoized over ({@link MemoScope}; null: none)
     * and returns the previous scope, to be set back.
     */
    MemoScope useMemo(MemoScope scope) {
        MemoScope previous = memo;
        memo = scope;
        return previous;
    }

    Eval compile(PlanExpr expr) {
        if (memo != null) {
            MemoScope.JoinSide join = memo.joinFor(expr);
            if (join != null) {
                MemoScope scope = memo;
                memo = null; // the whole expression is memoized: nothing inside it again
                try {
                    MemoEval eval =
                            new MemoEval(
                                    compileOnce(expr),
                                    context.slots().state(),
                                    join.generationState());
                    join.memos().add(eval);
                    return eval;
                } finally {
                    memo = scope;
                }
            }
        }
        return compileOnce(expr);
    }

    private Eval compileOnce(PlanExpr expr) {
        if (expr instanceof Lit lit) {
            return new ConstEval(lit.value(), lit.span());
        }
        if (expr instanceof Var var) {
            return new VarEval(context.slots().variable(var.varId()), var.name(), var.span());
        }
        if (expr instanceof Global global) {
            return globalRef(global);
        }
        if (expr instanceof Param param) {
            return new ParamEval(param.index(), param.span());
        }
        if (expr instanceof DynamicLookup lookup) {
            return dynamicLookup(lookup);
        }
        if (expr instanceof PathGet path) {
            return path(path);
        }
        if (expr instanceof Op op && comparisonWithLongConstant(op)) {
            return compareWithLongConstant(op);
        }
        if (expr instanceof Op op) {
            return call(
                    kernel(op),
                    context.describe(op.op().symbol(), op.span()),
                    op.args(),
                    op.span());
        }
        if (expr instanceof ArithmeticChainNode chain) {
            return arithmeticChain(chain);
        }
        if (expr instanceof Between between) {
            return negateIf(
                    between.negated(),
                    call(
                            OperatorKernel.BETWEEN,
                            "BETWEEN",
                            List.of(between.value(), between.low(), between.high()),
                            between.span()),
                    between.span());
        }
        if (expr instanceof In in) {
            return call(
                    in.negated() ? OperatorKernel.NOT_IN : OperatorKernel.IN,
                    in.negated() ? "NOT IN" : "IN",
                    List.of(in.value(), in.collection()),
                    in.span());
        }
        if (expr instanceof CaseNode caseWhen) {
            return caseWhen(caseWhen);
        }
        if (expr instanceof StructNew struct) {
            return struct(struct);
        }
        if (expr instanceof ListNew list) {
            return collection(ValueKind.LIST, list.elements(), list.span());
        }
        if (expr instanceof BagNew bag) {
            return collection(ValueKind.BAG, bag.elements(), bag.span());
        }
        if (expr instanceof SexpNew sexp) {
            return collection(ValueKind.SEXP, sexp.elements(), sexp.span());
        }
        if (expr instanceof Query query) {
            return context.rels().queryValue(query, QueryEval.Shape.COLLECTION);
        }
        if (expr instanceof Subquery subquery) {
            return context.rels()
                    .queryValue(
                            subquery.query(),
                            subquery.coercion() == Subquery.Coercion.SCALAR
                                    ? QueryEval.Shape.SCALAR
                                    : QueryEval.Shape.FIELD_VALUES);
        }
        return context.scalarForms().compile(expr, this);
    }

    /**
     * Compiles the source of a FROM scan. A global there is only ranged over (the scan reads its
     * elements during one execution and keeps nothing), so unlike {@link #compile} this does not
     * record the global as read as a value.
     */
    Eval scanSource(PlanExpr source) {
        if (source instanceof Global global) {
            return new GlobalEval(globalIndex(global), global.span());
        }
        return compile(source);
    }

    List<Eval> compileAll(List<PlanExpr> exprs) {
        List<Eval> evals = new ArrayList<>(exprs.size());
        for (PlanExpr e : exprs) {
            evals.add(compile(e));
        }
        return evals;
    }

    /** A call of {@code function} on {@code args}, each evaluated into a fresh temporary. */
    Eval call(ScalarFunction function, String name, List<PlanExpr> args, SourceSpan span) {
        List<Eval> argEvals = compileAll(args);
        int[] argSlots = new int[argEvals.size()];
        for (int i = 0; i < argSlots.length; i++) {
            argSlots[i] = context.slots().temp();
        }
        return new CallEval(
                function, argEvals, argSlots, context.slots().state(), site(name, span), span);
    }

    /**
     * A call of the user-defined function {@code definition}; the VM supplies its implementation
     * (the plan keeps only the signature).
     */
    Eval udfCall(FunctionDefinition definition, String name, List<PlanExpr> args, SourceSpan span) {
        FunctionSignature signature = FunctionSignature.of(definition);
        List<Eval> argEvals = compileAll(args);
        int[] argSlots = new int[argEvals.size()];
        for (int i = 0; i < argSlots.length; i++) {
            argSlots[i] = context.slots().temp();
        }
        return new UdfCallEval(
                signature,
                argEvals,
                argSlots,
                context.slots().state(),
                context.udfState(signature),
                site(name, span),
                span);
    }

    /** A call site for errors at {@code span}. */
    CallSite site(String name, SourceSpan span) {
        return new CallSite(name, span, context.source(), context.mode());
    }

    private Eval negateIf(boolean negate, Eval eval, SourceSpan span) {
        if (!negate) {
            return eval;
        }
        int slot = context.slots().temp();
        return new CallEval(
                OperatorKernel.NOT,
                List.of(eval),
                new int[] {slot},
                context.slots().state(),
                site("NOT", span),
                span);
    }

    private static boolean comparisonWithLongConstant(Op op) {
        return CompareLongConstEval.handles(kernel(op))
                && (isLongLiteral(op.args().get(0)) != isLongLiteral(op.args().get(1)));
    }

    private static boolean isLongLiteral(PlanExpr e) {
        return e instanceof Lit lit
                && lit.value().kind() == ValueKind.INT
                && lit.value().fitsLong();
    }

    /**
     * {@code x > 0}-style comparisons take a typed fast path (see {@link CompareLongConstEval}).
     */
    private Eval compareWithLongConstant(Op op) {
        boolean constantOnLeft = isLongLiteral(op.args().get(0));
        Lit constant = (Lit) op.args().get(constantOnLeft ? 0 : 1);
        Eval operand = compile(op.args().get(constantOnLeft ? 1 : 0));
        return new CompareLongConstEval(
                kernel(op),
                operand,
                constant.value(),
                constantOnLeft,
                context.slots().temp(),
                context.slots().temp(),
                context.slots().state(),
                site(context.describe(op.op().symbol(), op.span()), op.span()),
                op.span());
    }

    /** A long arithmetic chain: one loop, each step with its operator's kernel and call site. */
    private Eval arithmeticChain(ArithmeticChainNode chain) {
        List<OperatorKernel> kernels = new ArrayList<>(chain.ops().size());
        List<CallSite> sites = new ArrayList<>(chain.ops().size());
        for (int i = 0; i < chain.ops().size(); i++) {
            Operator op = chain.ops().get(i);
            SourceSpan span = chain.opSpans().get(i);
            kernels.add(OperatorKernel.valueOf(op.name()));
            sites.add(site(context.describe(op.symbol(), span), span));
        }
        int[] slots = {context.slots().temp(), context.slots().temp(), context.slots().temp()};
        return new ArithmeticChainEval(
                compileAll(chain.args()),
                kernels,
                sites,
                slots,
                context.slots().state(),
                chain.span());
    }

    private static OperatorKernel kernel(Op op) {
        return OperatorKernel.valueOf(op.op().name());
    }

    private Eval globalRef(Global global) {
        int index = globalIndex(global);
        context.globalReadAsValue(index);
        return new GlobalEval(index, global.span());
    }

    private int globalIndex(Global global) {
        int index = context.globalIndex(global.name(), global.caseSensitive());
        if (index < 0) {
            throw new PlanningException(
                    "undefined variable '" + global.name() + "'", global.span(), context.source());
        }
        return index;
    }

    private Eval dynamicLookup(DynamicLookup lookup) {
        int[] candidates = new int[lookup.candidates().size()];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = context.slots().variable(lookup.candidates().get(i).varId());
        }
        int globalIndex = context.globalIndex(lookup.name(), lookup.caseSensitive());
        if (globalIndex >= 0) {
            context.globalReadAsValue(globalIndex);
        }
        return new DynamicLookupEval(
                lookup.name(),
                lookup.caseSensitive(),
                candidates,
                globalIndex,
                lookup.globalsFirst(),
                context.source(),
                lookup.span());
    }

    private Eval path(PathGet path) {
        Eval root = compile(path.root());
        List<PathStepSpec> steps = new ArrayList<>(path.steps().size());
        for (PathStepNode step : path.steps()) {
            steps.add(step(step));
        }
        return new PathEval(
                root, steps, path.nullTupleRoot(), context.mode(), context.source(), path.span());
    }

    private PathStepSpec step(PathStepNode step) {
        if (step instanceof PathStepNode.Field field) {
            return PathStepSpec.field(field.name(), field.caseSensitive());
        }
        if (step instanceof PathStepNode.Index index) {
            return PathStepSpec.index(compile(index.index()), context.slots().temp());
        }
        if (step instanceof PathStepNode.Key key) {
            return PathStepSpec.key(compile(key.name()), context.slots().temp());
        }
        throw new PlanningException(
                "wildcard path steps ([*] and .*) are only allowed in EXCLUDE paths here",
                step.span(),
                context.source());
    }

    private Eval caseWhen(CaseNode caseWhen) {
        List<Eval> conditions = new ArrayList<>();
        List<Eval> results = new ArrayList<>();
        for (CaseNode.Branch branch : caseWhen.branches()) {
            conditions.add(compile(branch.condition()));
            results.add(compile(branch.result()));
        }
        Eval otherwise = caseWhen.otherwise() == null ? null : compile(caseWhen.otherwise());
        return new CaseEval(
                conditions, results, otherwise, context.slots().temp(), caseWhen.span());
    }

    private Eval struct(StructNew struct) {
        List<Eval> keys = new ArrayList<>();
        List<Eval> values = new ArrayList<>();
        for (StructNew.Field field : struct.fields()) {
            keys.add(compile(field.key()));
            values.add(compile(field.value()));
        }
        return new StructNewEval(
                keys,
                values,
                context.slots().temp(),
                context.slots().temp(),
                context.mode(),
                context.source(),
                struct.span());
    }

    private Eval collection(ValueKind kind, List<PlanExpr> elements, SourceSpan span) {
        return new CollectionNewEval(kind, compileAll(elements), context.slots().temp(), span);
    }

    EvalMode mode() {
        return context.mode();
    }
}
